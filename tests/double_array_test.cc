// The double-array trie the segmenter's dictionary is stored in: every key
// built into it is found with its id, and nothing else is.
#include "segment/double_array.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace zhcorpus::segment {
namespace {

using Key = std::vector<std::uint32_t>;

// The id of `key`, -1 when it is not in the trie (the walk the segmenter does).
std::int32_t Find(const DoubleArray& da, const Key& key) {
  std::int32_t s = 0;
  for (std::uint32_t c : key) {
    const std::int64_t t = static_cast<std::int64_t>(da.base[static_cast<std::size_t>(s)]) + c;
    if (t < 0 || t >= static_cast<std::int64_t>(da.check.size()) || da.check[static_cast<std::size_t>(t)] != s) return -1;
    s = static_cast<std::int32_t>(t);
  }
  return da.value[static_cast<std::size_t>(s)];
}

TEST(DoubleArray, FindsEveryKeyWithItsIdAndNoOtherKey) {
  // 中 = 1, 国 = 2, 人 = 3, 民 = 4: 中, 中国, 中国人, 中国人民, 人, 人民, 国民.
  const std::vector<Key> keys = {{1}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4}, {2, 4}, {3}, {3, 4}};
  const std::vector<std::int32_t> ids = {10, 11, 12, 13, 14, 15, 16};
  const DoubleArray da = DoubleArray::Build(keys, ids);
  ASSERT_EQ(da.base.size(), da.check.size());
  ASSERT_EQ(da.base.size(), da.value.size());
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(Find(da, keys[i]), ids[i]) << i;
  EXPECT_EQ(Find(da, {2}), -1);        // a prefix of 国民, not a key
  EXPECT_EQ(Find(da, {4}), -1);        // never a first character
  EXPECT_EQ(Find(da, {1, 3}), -1);     // no such path
  EXPECT_EQ(Find(da, {1, 2, 3, 4, 1}), -1);
}

TEST(DoubleArray, ManyRandomKeys) {
  std::mt19937 rng(7);
  std::vector<Key> keys;
  for (int i = 0; i < 5000; ++i) {
    Key k(1 + rng() % 6);
    for (auto& c : k) c = 1 + rng() % 300;
    keys.push_back(std::move(k));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<std::int32_t> ids(keys.size());
  for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<std::int32_t>(i);
  const DoubleArray da = DoubleArray::Build(keys, ids);
  for (std::size_t i = 0; i < keys.size(); ++i) ASSERT_EQ(Find(da, keys[i]), ids[i]) << i;
  // Keys not built in are not found.
  int absent = 0;
  for (int i = 0; i < 2000; ++i) {
    Key k(1 + rng() % 6);
    for (auto& c : k) c = 1 + rng() % 300;
    if (std::binary_search(keys.begin(), keys.end(), k)) continue;
    ++absent;
    ASSERT_EQ(Find(da, k), -1);
  }
  EXPECT_GT(absent, 1000);
}

TEST(DoubleArray, NoKeysFindsNothing) {
  const DoubleArray da = DoubleArray::Build({}, {});
  EXPECT_EQ(Find(da, {1}), -1);
  EXPECT_EQ(Find(da, {5, 6}), -1);
}

}  // namespace
}  // namespace zhcorpus::segment
