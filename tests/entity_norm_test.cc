// EntityNorm: the plain value an entity's "norm" is, and its JSON form in tag's output.
#include "zhcorpus/entity_norm.h"

#include <gtest/gtest.h>

#include "entity/entity_norm_json.h"

namespace zhcorpus {
namespace {

std::string AppendedByNlohmann(const Json& j) { return j.dump(); }

std::string Written(const EntityNorm& norm) {
  std::string out;
  AppendNormJson(norm, &out);
  return out;
}

TEST(EntityNorm, KeepsTheOrderFieldsWereFirstSetIn) {
  EntityNorm norm;
  norm.Set("value", 3);
  norm.Set("unit", "亿元");
  norm.Set("value", 4.5);  // replaced in place, not moved to the end
  norm.Set("approx", nullptr);
  EXPECT_EQ(Written(norm), R"({"value":4.5,"unit":"亿元","approx":null})");
}

TEST(EntityNorm, AnAbsentFieldReadsAsNull) {
  const EntityNorm norm{{"name", "青禾集团"}, {"region", nullptr}};
  EXPECT_TRUE(norm.Get("kind").is_null());
  EXPECT_FALSE(norm.Has("kind"));
  EXPECT_TRUE(norm.Has("region"));
  EXPECT_EQ(norm.Get("name"), "青禾集团");
  EXPECT_EQ(norm.GetString("name"), "青禾集团");
  EXPECT_EQ(norm.GetString("region"), "");  // null is no string
}

TEST(EntityNorm, AStringLiteralIsAStringNotABoolean) {
  const NormValue v("at_least");
  EXPECT_TRUE(v.is_string());
  EXPECT_TRUE(NormValue(true).is_bool());
}

TEST(EntityNorm, NumbersAreWrittenAsNlohmannWritesThem) {
  // An integral real keeps its ".0" and an integer has none: 3.0 km is not 3 people.
  const EntityNorm norm{{"a", 3}, {"b", 3.0}, {"c", 0.1}, {"d", -12}, {"e", 1e20}, {"f", false}};
  EXPECT_EQ(Written(norm), AppendedByNlohmann(ToJson(norm)));
  EXPECT_EQ(Written(norm), R"({"a":3,"b":3.0,"c":0.1,"d":-12,"e":1e+20,"f":false})");
}

TEST(EntityNorm, NestedListsAndFieldsAreWrittenInOrder) {
  EntityNorm norm;
  norm.Set("members", NormValue::List{"上海市", "江苏省"});
  norm.Set("candidates", NormValue::List{EntityNorm{{"code", "330100"}, {"within", "浙江省"}}});
  EXPECT_EQ(Written(norm),
            R"({"members":["上海市","江苏省"],"candidates":[{"code":"330100","within":"浙江省"}]})");
  EXPECT_EQ(norm.Get("candidates").list()[0].fields().GetString("within"), "浙江省");
}

TEST(EntityNorm, AnEmptyNormIsAnEmptyObject) { EXPECT_EQ(Written(EntityNorm()), "{}"); }

TEST(EntityNorm, JsonRoundTripKeepsKindsAndOrder) {
  const Json j = Json::parse(R"({"z":1,"a":2.5,"m":[true,null,"x"],"o":{"k":7}})");
  const NormValue v = NormValueFromJson(j);
  ASSERT_TRUE(v.is_fields());
  EXPECT_TRUE(v.fields().Get("z").is_integer());
  EXPECT_TRUE(v.fields().Get("a").is_real());
  EXPECT_EQ(ToJson(v), j);
  EXPECT_EQ(ToJson(v).dump(), j.dump());
}

TEST(EntityNorm, AccessingTheWrongKindThrows) {
  EXPECT_THROW(NormValue("十").number(), std::bad_variant_access);
  EXPECT_DOUBLE_EQ(NormValue(7).number(), 7.0);
}

}  // namespace
}  // namespace zhcorpus
