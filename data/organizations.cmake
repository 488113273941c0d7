# organizations.tsv: a few hundred hand-written lines, parsed at load in well under a millisecond.
zhcorpus_copy_data(organizations.tsv)
# Imported lists (tools/make_org_lexicons.sh): about 8,000 lines, parsed at load in a few milliseconds.
zhcorpus_copy_data(org_universities.tsv org_companies.tsv)
