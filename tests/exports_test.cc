// CWB vertical text and CoNLL-U, checked against the formats' documented
// rules (CWB encoding tutorial; CoNLL-U specification and validation rules).
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "zhcorpus/exports.h"

namespace zhcorpus {
namespace {

// Two paragraphs, a sentence ending in a closing quote, an entity over two
// tokens, a space between Latin words, and characters XML must escape.
TaggedRecord Sample() {
  TaggedRecord r;
  r.id = "x#1";
  r.date = "2024-04-02";
  r.title = "A&B <新闻>";
  r.has_tokens = true;
  const std::vector<std::pair<std::string, std::string>> tokens = {
      {"嘉兴市", "ns"}, {"科技局", "n"}, {"说", "v"}, {"：", "x"}, {"“", "x"}, {"好", "a"}, {"。", "x"}, {"”", "x"},
      {"Model", "eng"}, {" ", "x"}, {"Y", "eng"}, {"<", "x"}, {"来", "v"}, {"\n", "x"}, {"第二段", "m"}, {"。", "x"}};
  for (const auto& [w, p] : tokens) {
    r.text += w;
    r.tokens.push_back({w, p});
  }
  r.entities = {{"org", "嘉兴市科技局", 0, 6, Json{{"name", "嘉兴市科技局"}, {"kind", "government"}}}};
  return r;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> f;
  std::size_t from = 0;
  for (std::size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1)
    f.push_back(line.substr(from, tab - from));
  f.push_back(line.substr(from));
  return f;
}

TEST(ConlluExport, FollowsTheValidationRules) {
  std::ostringstream out;
  ASSERT_EQ(WriteExport(Sample(), ExportFormat::kConllu, out), std::nullopt);
  const std::string s = out.str();
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.back(), '\n');
  EXPECT_EQ(s.substr(s.size() - 2), "\n\n");  // a blank line ends the last sentence too
  const std::set<std::string> upos = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                      "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  std::set<std::string> sent_ids;
  std::string text, rebuilt;
  int expected_id = 1, sentences = 0;
  bool has_sent_id = false, space_after = true;
  for (const std::string& line : Lines(s)) {
    if (line.empty()) {  // sentence break: # text must equal the forms joined by SpaceAfter
      EXPECT_EQ(rebuilt, text);
      EXPECT_TRUE(has_sent_id);
      ++sentences, expected_id = 1, rebuilt.clear(), has_sent_id = false;
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# sent_id = ", 0) == 0) {
        EXPECT_TRUE(sent_ids.insert(line).second) << "sent_id unique";
        has_sent_id = true;
      }
      if (line.rfind("# text = ", 0) == 0) text = line.substr(9);
      continue;
    }
    const auto f = Fields(line);
    ASSERT_EQ(f.size(), 10u) << line;
    for (const std::string& v : f) EXPECT_FALSE(v.empty()) << line;
    EXPECT_EQ(f[0], std::to_string(expected_id++));
    EXPECT_TRUE(upos.contains(f[3])) << f[3];
    EXPECT_EQ(f[1].find_first_of(" \t\n"), std::string::npos) << "a whitespace token is no token";
    if (!rebuilt.empty() && space_after) rebuilt += ' ';
    rebuilt += f[1];
    space_after = f[9].find("SpaceAfter=No") == std::string::npos;
  }
  EXPECT_EQ(sentences, 3);  // 嘉兴市…。” | Model Y<来 | 第二段。
  EXPECT_NE(s.find("# newdoc id = x#1\n# newpar\n# sent_id = x#1-1\n"), std::string::npos);
  EXPECT_NE(s.find("# text = Model Y<来"), std::string::npos);
  EXPECT_NE(s.find("\n# newpar\n# sent_id = x#1-3"), std::string::npos);
  EXPECT_NE(s.find("1\t嘉兴市\t_\tPROPN\tns\t_\t_\t_\t_\tSpaceAfter=No|NE=B-ORG|Norm=嘉兴市科技局"), std::string::npos);
  EXPECT_NE(s.find("2\t科技局\t_\tNOUN\tn\t_\t_\t_\t_\tSpaceAfter=No|NE=I-ORG"), std::string::npos);
  EXPECT_NE(s.find("8\t”\t_\tPUNCT"), std::string::npos);  // the closing quote stays in its sentence
}

TEST(CwbExport, FollowsTheEncodingTutorial) {
  std::ostringstream out;
  ASSERT_EQ(WriteExport(Sample(), ExportFormat::kCwb, out), std::nullopt);
  std::vector<std::string> open;  // structure tags must nest
  const std::regex tag(R"(<(/?)([a-z][a-z0-9_-]*)((?: [a-z][a-z0-9_-]*="[^"<>]*")*)>)");
  int tokens = 0;
  for (const std::string& line : Lines(out.str())) {
    ASSERT_FALSE(line.empty());
    std::smatch m;
    if (line[0] == '<') {
      ASSERT_TRUE(std::regex_match(line, m, tag)) << "a tag on a line of its own, lowercase names: " << line;
      if (m[1] == "/") {
        ASSERT_FALSE(open.empty());
        EXPECT_EQ(open.back(), m[2]);
        open.pop_back();
      } else {
        open.push_back(m[2]);
      }
      continue;
    }
    const auto f = Fields(line);
    ASSERT_EQ(f.size(), 4u) << line;  // word pos ent norm
    for (const std::string& v : f) EXPECT_FALSE(v.empty());
    EXPECT_EQ(line.find('<'), std::string::npos) << "escaped: " << line;
    EXPECT_TRUE(open.size() == 3 && open[2] == "s") << "tokens inside <text><p><s>";
    ++tokens;
  }
  EXPECT_TRUE(open.empty());
  EXPECT_EQ(tokens, 14);  // 16 tokens less the space and the line break
  const std::string s = out.str();
  EXPECT_NE(s.find("<text id=\"x#1\" date=\"2024-04-02\" outlet=\"\" source=\"\" title=\"A&amp;B &lt;新闻&gt;\">"),
            std::string::npos);
  EXPECT_NE(s.find("嘉兴市\tns\tB-org\t嘉兴市科技局\n科技局\tn\tI-org\t嘉兴市科技局\n"), std::string::npos);
  EXPECT_NE(s.find("&lt;\tx\tO\t_"), std::string::npos);
}

TEST(Exports, ARecordWithoutTokensIsAnErrorNotAnEmptyText) {
  TaggedRecord r;
  r.text = "没有分词。";
  std::ostringstream out;
  auto why = WriteExport(r, ExportFormat::kConllu, out);
  ASSERT_TRUE(why.has_value());
  EXPECT_NE(why->find("tag --tokens"), std::string::npos);
  EXPECT_TRUE(out.str().empty());
  EXPECT_EQ(UniversalPos("，", "x"), "PUNCT");
  EXPECT_EQ(UniversalPos("杭州", "ns"), "PROPN");
  EXPECT_EQ(UniversalPos("发展", "vn"), "NOUN");
}

}  // namespace
}  // namespace zhcorpus
