# organizations.tsv is a few hundred hand-written lines, parsed at load in well under a millisecond: copied as is.
add_custom_command(
  OUTPUT ${ZHCORPUS_BUILD_DATA_DIR}/organizations.tsv
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/data/organizations.tsv ${ZHCORPUS_BUILD_DATA_DIR}/organizations.tsv
  DEPENDS ${PROJECT_SOURCE_DIR}/data/organizations.tsv
  COMMENT "data: organizations.tsv")
list(APPEND ZHCORPUS_DATA_OUTPUTS ${ZHCORPUS_BUILD_DATA_DIR}/organizations.tsv)
