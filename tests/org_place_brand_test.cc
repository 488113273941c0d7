// A company named by a small place alone (issue 11, unseen news): once an
// article names 某地集团, a later 某地 alone is the company unless the article
// treats the place as a place. Sentences written for these tests.
#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace zhcorpus {
namespace {

class OrgPlaceBrandTest : public testing::OrgTaggerTest {};

using Strings = std::vector<std::string>;

TEST_F(OrgPlaceBrandTest, CompanyNamedByACountyIsTheCompanyAloneLater) {
  EXPECT_EQ(Orgs("桐庐集团发布年报。业内人士认为，桐庐的销售额仍将增长。"),
            (Strings{"桐庐集团|company", "桐庐|company"}));
}

TEST_F(OrgPlaceBrandTest, PlaceWrittenWithItsDivisionStaysAPlace) {
  EXPECT_EQ(Orgs("桐庐集团发布年报。桐庐县的游客增多，桐庐的民宿满员。"), Strings{"桐庐集团|company"});
}

TEST_F(OrgPlaceBrandTest, PlaceBesideAnotherPlaceOfItsProvinceStaysAPlace) {
  EXPECT_EQ(Orgs("桐庐集团发布年报。杭州和桐庐的游客都在增加。"), Strings{"桐庐集团|company"});
}

TEST_F(OrgPlaceBrandTest, ProvinceOrCityNamedCompanyLendsNoBrand) {
  EXPECT_EQ(Orgs("宁波集团发布年报。宁波的游客增多。"), Strings{"宁波集团|company"});
}

}  // namespace
}  // namespace zhcorpus
