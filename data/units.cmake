# units.tsv is a few hundred lines and loads in well under a millisecond: copied as is.
add_custom_command(
  OUTPUT ${ZHCORPUS_BUILD_DATA_DIR}/units.tsv
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/data/units.tsv ${ZHCORPUS_BUILD_DATA_DIR}/units.tsv
  DEPENDS ${PROJECT_SOURCE_DIR}/data/units.tsv
  COMMENT "data: units.tsv")
list(APPEND ZHCORPUS_DATA_OUTPUTS ${ZHCORPUS_BUILD_DATA_DIR}/units.tsv)
