# The region gazetteer is two small TSV files that load in a few milliseconds:
# copied as they are.
foreach(name regions.tsv places_extra.tsv)
  add_custom_command(
    OUTPUT ${ZHCORPUS_BUILD_DATA_DIR}/${name}
    COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/data/${name} ${ZHCORPUS_BUILD_DATA_DIR}/${name}
    DEPENDS ${PROJECT_SOURCE_DIR}/data/${name}
    COMMENT "data: ${name}")
  list(APPEND ZHCORPUS_DATA_OUTPUTS ${ZHCORPUS_BUILD_DATA_DIR}/${name})
endforeach()
