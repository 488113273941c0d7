# organizations.tsv: a few hundred hand-written lines, parsed at load in well under a millisecond.
zhcorpus_copy_data(organizations.tsv)
# Imported lists (tools/make_org_lexicons.sh): about 8,000 lines, parsed at load in a few milliseconds.
zhcorpus_copy_data(org_universities.tsv org_companies.tsv org_central_soes.tsv)
# The closed word classes of organisation grammar (heads, titles, generic nouns
# …) are compiled into the library: the TSV text becomes a string constant
# that src/entity/org_heads.cc parses once.
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/data/org_heads.tsv ${PROJECT_SOURCE_DIR}/data/org_words.tsv)
file(READ ${PROJECT_SOURCE_DIR}/data/org_heads.tsv ORG_HEADS_TSV)
file(READ ${PROJECT_SOURCE_DIR}/data/org_words.tsv ORG_WORDS_TSV)
configure_file(${PROJECT_SOURCE_DIR}/data/org_grammar_text.cc.in
               ${CMAKE_BINARY_DIR}/generated/org_grammar_text.cc @ONLY)
target_sources(zhcorpus PRIVATE ${CMAKE_BINARY_DIR}/generated/org_grammar_text.cc)
