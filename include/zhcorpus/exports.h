// Tagged records in the formats other corpus tools read.
//
// cwb: the vertical (VRT) format of the IMS Open Corpus Workbench / CQPweb
// (cwb-encode): one token per line with the positional attributes
//   word  pos  ent  norm
// (ent = B-type / I-type / O for the entity the token lies in; norm = its
// region or org name, metric indicator or date value; "_" when none), and
// the structure as XML tags on lines of their own: <text id date outlet
// source title>, <p> per paragraph, <s> per sentence. Every value is escaped
// (& < > "), so encode with -x:
//   cwb-encode -c utf8 -x -d DATA -f corpus.vrt -R REGISTRY/zh -P pos -P ent -P norm
//     -S text:0+id+date+outlet+source+title -S p:0 -S s:0   (one command line)
//
// conllu: CoNLL-U (Universal Dependencies): per sentence the comments
// `# sent_id` and `# text` (with `# newdoc id` and `# newpar` where a record
// and a paragraph begin), then one line per token with ten tab-separated
// fields (ID from 1, FORM, LEMMA _, UPOS mapped from the jieba tag, XPOS the
// jieba tag, FEATS _, HEAD _, DEPREL _, DEPS _, MISC with SpaceAfter=No,
// NE=B-ORG-style entity tags and Norm=), and a blank line after it.
//
// Sentences end after 。！？!?； and the closing quotes or brackets that follow,
// and at every line break (a paragraph). Whitespace tokens are not tokens.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "zhcorpus/status.h"
#include "zhcorpus/tagged_record.h"

namespace zhcorpus {

enum class ExportFormat { kCwb, kConllu };

Result<ExportFormat> ParseExportFormat(std::string_view name);

// Writes one record; the reason when it cannot be written (no tokens: run
// `tag --tokens`; tokens that do not follow the text). Nothing is written then.
std::optional<std::string> WriteExport(const TaggedRecord& record, ExportFormat format, std::ostream& out);

// The Universal Dependencies part of speech for a jieba (ICTCLAS) tag; PUNCT
// for a token of punctuation whatever its tag.
std::string_view UniversalPos(std::string_view word, std::string_view jieba_tag);

}  // namespace zhcorpus
