# jieba's reference idf table for report's keywords, compiled into one sorted array.
add_executable(zhc_build_idf_table ${PROJECT_SOURCE_DIR}/tools/build_idf_table.cc)
target_link_libraries(zhc_build_idf_table PRIVATE zhcorpus::zhcorpus)
set_target_properties(zhc_build_idf_table PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/builders)
add_custom_command(
  OUTPUT ${ZHCORPUS_BUILD_DATA_DIR}/idf.bin
  COMMAND zhc_build_idf_table ${PROJECT_SOURCE_DIR}/data/jieba_idf.tsv ${ZHCORPUS_BUILD_DATA_DIR}/idf.bin
  DEPENDS zhc_build_idf_table ${PROJECT_SOURCE_DIR}/data/jieba_idf.tsv
  COMMENT "data: idf.bin (reference idf for report keywords)")
list(APPEND ZHCORPUS_DATA_OUTPUTS ${ZHCORPUS_BUILD_DATA_DIR}/idf.bin)
