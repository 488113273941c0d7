# The ethnic group names the short-name rules strip from autonomous areas
# (src/entity/place_names.cc) are compiled into the library: the TSV text
# becomes a string constant parsed once, so no file is opened at start.
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/data/ethnic_groups.tsv)
file(READ ${PROJECT_SOURCE_DIR}/data/ethnic_groups.tsv ETHNIC_GROUPS_TSV)
configure_file(${PROJECT_SOURCE_DIR}/data/place_names_text.cc.in
               ${CMAKE_BINARY_DIR}/generated/place_names_text.cc @ONLY)
target_sources(zhcorpus PRIVATE ${CMAKE_BINARY_DIR}/generated/place_names_text.cc)
