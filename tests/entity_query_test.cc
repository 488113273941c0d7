// Which mentions `concord` shows and which records `filter` keeps: org names,
// indicators and entity types (regions are covered by region_scope's tests).
#include "zhcorpus/entity_query.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace zhcorpus {
namespace {

TaggedEntity Org(const std::string& text, const std::string& name) {
  TaggedEntity e{"org", text, 0, 0, Json()};
  if (!name.empty()) e.norm = Json{{"name", name}};
  return e;
}

TaggedEntity Metric(const std::string& text, const std::string& indicator) {
  return TaggedEntity{"metric", text, 0, 0, Json{{"indicator", indicator}}};
}

EntityQuery Make(const EntityCriteria& c) {
  Result<EntityQuery> q = EntityQuery::Create(c, nullptr);
  EXPECT_TRUE(q.ok()) << q.status().ToString();
  return q.ok() ? std::move(*q) : EntityQuery();
}

TEST(EntityQuery, AnOrgMatchesByItsTextOrItsNormalisedName) {
  EntityCriteria c;
  c.orgs = {"青禾大学"};
  const EntityQuery q = Make(c);
  EXPECT_EQ(q.required(), EntityQuery::kOrg);
  EXPECT_EQ(q.Satisfied(Org("青禾大学", "")), EntityQuery::kOrg);
  EXPECT_EQ(q.Satisfied(Org("青禾大", "青禾大学")), EntityQuery::kOrg);
  // Exact names only: a longer name is another body.
  EXPECT_EQ(q.Satisfied(Org("青禾大学附属中学", "青禾大学附属中学")), 0u);
  // A region spelled like the org is not an org.
  EXPECT_EQ(q.Satisfied(TaggedEntity{"region", "青禾大学", 0, 0, Json()}), 0u);
}

TEST(EntityQuery, AnIndicatorMatchesAnyMetricWhoseIndicatorContainsIt) {
  EntityCriteria c;
  c.indicators = {"产量"};
  const EntityQuery q = Make(c);
  EXPECT_EQ(q.Satisfied(Metric("茶叶产量三吨", "茶叶产量")), EntityQuery::kIndicator);
  EXPECT_EQ(q.Satisfied(Metric("销量三吨", "销量")), 0u);
  EXPECT_EQ(q.Satisfied(TaggedEntity{"metric", "产量", 0, 0, Json()}), 0u);  // no norm, no indicator
}

TEST(EntityQuery, ARecordMustSatisfyEveryCriterionGiven) {
  EntityCriteria c;
  c.orgs = {"青禾大学"};
  c.types = {"date"};
  const EntityQuery q = Make(c);
  const TaggedEntity date{"date", "三月五日", 0, 0, Json()};
  EXPECT_EQ(q.Satisfied(date), EntityQuery::kType);
  EXPECT_TRUE(q.SatisfiedByAll({Org("青禾大学", ""), date}));
  EXPECT_FALSE(q.SatisfiedByAll({Org("青禾大学", "")}));
  EXPECT_FALSE(q.SatisfiedByAll({date, date}));
  EXPECT_FALSE(q.SatisfiedByAll({}));
}

TEST(EntityQuery, NoCriteriaIsAnEmptyQuerySatisfiedByAnything) {
  const EntityQuery q = Make(EntityCriteria{});
  EXPECT_TRUE(q.empty());
  EXPECT_TRUE(q.SatisfiedByAll({}));
  EXPECT_EQ(q.Describe(), "");
}

TEST(EntityQuery, AnUnknownTypeIsRejectedWithTheKnownOnes) {
  EntityCriteria c;
  c.types = {"person"};
  Result<EntityQuery> q = EntityQuery::Create(c, nullptr);
  ASSERT_FALSE(q.ok());
  EXPECT_NE(q.status().ToString().find("'person'"), std::string::npos);
  EXPECT_NE(q.status().ToString().find("region org metric date"), std::string::npos);
}

TEST(EntityQuery, NeedlesLetACallerSkipLinesOnlyForTextCriteria) {
  EntityCriteria c;
  c.orgs = {"青禾大学"};
  c.indicators = {"产量"};
  EXPECT_EQ(Make(c).Needles(), (std::vector<std::string>{"青禾大学", "产量"}));
  c.types = {"org"};  // any org will do: no string must be in the line
  EXPECT_TRUE(Make(c).Needles().empty());
}

TEST(EntityQuery, DescribeListsWhatIsAskedInOrder) {
  EntityCriteria c;
  c.orgs = {"青禾大学", "白鹭公司"};
  c.indicators = {"产量"};
  c.types = {"metric"};
  EXPECT_EQ(Make(c).Describe(), "org 青禾大学, org 白鹭公司, indicator 产量, type metric");
}

}  // namespace
}  // namespace zhcorpus
