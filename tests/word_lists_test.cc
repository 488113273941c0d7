// WordLists: the closed word lists of rule code, compiled in from data/*.tsv.
#include "util/word_lists.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace zhcorpus {
namespace {

TEST(WordLists, ALinePerListOrManyLinesJoinedInOrder) {
  const WordLists lists = WordLists::Parse("# a comment\n\nmark\t来源 作者\r\nend\t报\nmark\t编辑\n", "test.tsv");
  EXPECT_EQ(lists.Get("mark"), (std::vector<std::string>{"来源", "作者", "编辑"}));
  EXPECT_EQ(lists.Get("end"), (std::vector<std::string>{"报"}));
  EXPECT_EQ(lists.GetU32("end"), (std::vector<std::u32string>{U"报"}));
  EXPECT_EQ(lists.ListNames(), (std::vector<std::string>{"end", "mark"}));
}

TEST(WordLists, ALineWithoutATabOrWordsNamesFileAndLine) {
  try {
    WordLists::Parse("mark\t来源\n来源 作者\n", "data/x.tsv");
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "data/x.tsv:2: expected list<TAB>word word ...");
  }
  EXPECT_THROW(WordLists::Parse("mark\t\n", "data/x.tsv"), std::invalid_argument);
}

TEST(WordLists, AListTheFileLacksIsAnErrorNotAnEmptyList) {
  const WordLists lists = WordLists::Parse("mark\t来源\n", "data/x.tsv");
  EXPECT_THROW(lists.Get("marks"), std::logic_error);
  EXPECT_THROW(WordLists::Compiled("no_such_file"), std::logic_error);
}

// Every list the rule code asks for is in the compiled file and not empty:
// a renamed list in data/ would otherwise only fail on the page that needs it.
TEST(WordLists, TheCompiledFilesHoldEveryListTheRulesRead) {
  const std::pair<const char*, std::vector<const char*>> kUsed[] = {
      {"web_page_words",
       {"name_line_not", "author_label", "institution_end", "placeholder_source_part", "placeholder_source",
        "source_label", "source_stop", "header_mark", "tail_mark", "not_a_name_part", "outlet_end", "page_tail_mark",
        "page_widget_mark", "breadcrumb_mark", "name_line_end", "spam_cue", "spam_site"}},
      {"byline_words",
       {"surname", "compound_surname", "role", "not_name_end", "outlet_team_end", "source_note_key", "credit_label", "editor_role"}},
      {"date_words",
       {"relative_year", "relative_month", "relative_day", "day_part", "period_part", "day_alone_next"}},
      {"metric_words",
       {"approx_before", "approx_after", "approx_word_end", "plan_name_head", "rank_cue", "plain_count_word",
        "number_idiom", "unit_word", "not_minus", "duration_one_after", "article_one_after", "multiplier_unit",
        "indicator_term", "indicator_verb"}},
      {"timex_scope_words",
       {"holiday", "week", "clock", "cantonese", "lunar_or_modified", "not_date", "offset_before_number",
        "offset_ending", "interval_mark", "duckling_money_out", "jionlp_money_out", "jionlp_money_currency",
        "jionlp_extract_money_out", "duration_unit", "seconds", "grams"}},
      {"place_words", {"autonomous_end", "division_end", "landmark_end", "place_preposition", "people_end"}},
      {"segment_words", {"number_unit", "news_word"}},
  };
  for (const auto& [file, lists] : kUsed) {
    const WordLists& compiled = WordLists::Compiled(file);
    EXPECT_EQ(compiled.ListNames().size(), lists.size()) << file << ": a list no rule reads";
    for (const char* list : lists) EXPECT_FALSE(compiled.Get(list).empty()) << file << " " << list;
  }
}

TEST(WordLists, ValuedWordsSplitAtTheLastEqualsSign) {
  const WordLists lists = WordLists::Parse("offset\t今年=0 去年=-1\nbad\t今年\nempty\t=0\n", "data/x.tsv");
  const auto offsets = lists.GetValued("offset");
  ASSERT_EQ(offsets.size(), 2u);
  EXPECT_EQ(offsets[1].first, U"去年");
  EXPECT_EQ(offsets[1].second, "-1");
  try {
    lists.GetValued("bad");
    FAIL() << "expected an error";
  } catch (const std::logic_error& e) {
    EXPECT_STREQ(e.what(), "data/x.tsv: list \"bad\": expected word=value, got \"今年\"");
  }
  EXPECT_THROW(lists.GetValued("empty"), std::logic_error);
}

TEST(WordLists, CharacterListsAreOneStringAndRefuseLongerWords) {
  const WordLists lists = WordLists::Parse("end\t路 街 桥\nbad\t路 大街\n", "data/x.tsv");
  EXPECT_EQ(lists.GetChars("end"), U"路街桥");
  EXPECT_THROW(lists.GetChars("bad"), std::logic_error);
}

TEST(WordLists, OneOfGivesTheKnownNameOrNamesTheBadValue) {
  EXPECT_STREQ(OneOf("mid", {"start", "mid", "end"}, "data/x.tsv: part"), "mid");
  try {
    OneOf("middle", {"start", "mid", "end"}, "data/x.tsv: part");
    FAIL() << "expected an error";
  } catch (const std::logic_error& e) {
    EXPECT_STREQ(e.what(), "data/x.tsv: part: unknown value \"middle\"");
  }
}

TEST(WordLists, ContainsAnyAndEndsWithAny) {
  const std::vector<std::string> marks = {"责任编辑", "来源："};
  EXPECT_TRUE(ContainsAny("（责任编辑：某某）", marks));
  EXPECT_FALSE(ContainsAny("来源不明的消息", marks));
  EXPECT_TRUE(EndsWithAny("某某日报", {"报", "网"}));
  EXPECT_FALSE(EndsWithAny("报道", {"报", "网"}));
}

}  // namespace
}  // namespace zhcorpus
