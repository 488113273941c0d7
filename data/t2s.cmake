# t2s_chars.tsv is small and loads in well under a millisecond: copied as is.
add_custom_command(
  OUTPUT ${ZHCORPUS_BUILD_DATA_DIR}/t2s_chars.tsv
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/data/t2s_chars.tsv ${ZHCORPUS_BUILD_DATA_DIR}/t2s_chars.tsv
  DEPENDS ${PROJECT_SOURCE_DIR}/data/t2s_chars.tsv
  COMMENT "data: t2s_chars.tsv")
list(APPEND ZHCORPUS_DATA_OUTPUTS ${ZHCORPUS_BUILD_DATA_DIR}/t2s_chars.tsv)
