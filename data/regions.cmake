# The region gazetteer: two TSV files that load in a few milliseconds.
zhcorpus_copy_data(regions.tsv places_extra.tsv)
