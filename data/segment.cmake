# The segmenter's dictionary and HMM, compiled into one mapped file.
add_executable(zhc_build_dictionary ${PROJECT_SOURCE_DIR}/tools/build_dictionary.cc)
target_link_libraries(zhc_build_dictionary PRIVATE zhcorpus::zhcorpus)
target_include_directories(zhc_build_dictionary PRIVATE ${PROJECT_SOURCE_DIR}/src)
set_target_properties(zhc_build_dictionary PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/builders)
add_custom_command(
  OUTPUT ${ZHCORPUS_BUILD_DATA_DIR}/dict.bin
  COMMAND zhc_build_dictionary ${PROJECT_SOURCE_DIR}/data/jieba_dict.tsv
          ${PROJECT_SOURCE_DIR}/data/jieba_hmm.tsv ${ZHCORPUS_BUILD_DATA_DIR}/dict.bin
  DEPENDS zhc_build_dictionary ${PROJECT_SOURCE_DIR}/data/jieba_dict.tsv ${PROJECT_SOURCE_DIR}/data/jieba_hmm.tsv
  COMMENT "data: dict.bin (segmenter dictionary)")
list(APPEND ZHCORPUS_DATA_OUTPUTS ${ZHCORPUS_BUILD_DATA_DIR}/dict.bin)
