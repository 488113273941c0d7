#include "segment/double_array.h"

#include <algorithm>
#include <deque>

namespace zhcorpus::segment {
namespace {

struct Child {
  std::uint32_t code;
  std::size_t left, right;  // range of keys below this child
};

class Builder {
 public:
  Builder(const std::vector<std::vector<std::uint32_t>>& keys, const std::vector<std::int32_t>& ids)
      : keys_(keys), ids_(ids) {}

  DoubleArray Run() {
    Reserve(1 << 16);
    check_[0] = 0;  // the root is its own parent so nothing else takes slot 0
    used_[0] = true;
    // Breadth first, parents in the order they were placed: the children of
    // the first characters (codes by frequency) come first, then the third
    // characters, ... so the nodes a text visits most lie close together.
    std::deque<Pending> queue;
    if (!keys_.empty()) queue.push_back({0, 0, keys_.size(), 0});
    while (!queue.empty()) {
      const Pending p = queue.front();
      queue.pop_front();
      const std::vector<Child> children = Children(p.node, p.left, p.right, p.depth);
      if (children.empty()) continue;  // a leaf: base 0 leads nowhere (no slot below 1 is a child)
      const std::size_t b = Place(p.node, children);
      for (const Child& c : children) queue.push_back({static_cast<std::int32_t>(b + c.code), c.left, c.right, p.depth + 1});
    }
    std::size_t size = check_.size();
    while (size > 1 && check_[size - 1] < 0) --size;
    base_.resize(size + 1);
    check_.resize(size + 1);
    value_.resize(size + 1);
    return DoubleArray{std::move(base_), std::move(check_), std::move(value_)};
  }

 private:
  std::uint32_t CodeAt(std::size_t key, std::size_t depth) const {
    return depth < keys_[key].size() ? keys_[key][depth] : 0;
  }

  // The children of the node for keys[left..right)'s common prefix of length
  // `depth`. The key that ends there (sorted first) is no child: its id goes to `node`.
  std::vector<Child> Children(std::int32_t node, std::size_t left, std::size_t right, std::size_t depth) {
    if (left < right && keys_[left].size() == depth) value_[static_cast<std::size_t>(node)] = ids_[left++];
    std::vector<Child> out;
    for (std::size_t i = left; i < right; ++i) {
      const std::uint32_t c = CodeAt(i, depth);
      if (out.empty() || out.back().code != c) {
        if (!out.empty()) out.back().right = i;
        out.push_back({c, i, right});
      }
    }
    return out;
  }

  void Reserve(std::size_t n) {
    if (check_.size() >= n) return;
    base_.resize(n, 0);
    check_.resize(n, -1);
    value_.resize(n, -1);
    used_.resize(n, false);
  }

  struct Pending {
    std::int32_t node;
    std::size_t left, right, depth;  // keys[left..right) share the node's prefix of length depth
  };

  // Finds a base so that every child slot is free, claims the slots and returns the base.
  std::size_t Place(std::int32_t parent, const std::vector<Child>& children) {
    const std::uint32_t first = children.front().code;
    std::size_t pos = std::max<std::size_t>(next_free_, first + 1) - 1;
    std::size_t nonfree = 0;
    bool first_free_seen = false;
    for (;;) {
      ++pos;
      Reserve(pos + children.back().code + 1);
      if (check_[pos] >= 0) { ++nonfree; continue; }
      if (!first_free_seen) { next_free_ = pos; first_free_seen = true; }
      if (used_[pos - first]) continue;
      bool fits = true;
      for (const Child& c : children) {
        if (check_[pos - first + c.code] >= 0) { fits = false; break; }
      }
      if (fits) break;
    }
    const std::size_t b = pos - first;
    // A region that is nearly full is not worth scanning again.
    if (nonfree * 20 >= (pos - next_free_ + 1) * 19) next_free_ = pos;
    used_[b] = true;
    base_[parent] = static_cast<std::int32_t>(b);
    for (const Child& c : children) check_[b + c.code] = parent;
    return b;
  }

  const std::vector<std::vector<std::uint32_t>>& keys_;
  const std::vector<std::int32_t>& ids_;
  std::vector<std::int32_t> base_, check_, value_;
  std::vector<bool> used_;
  std::size_t next_free_ = 1;
};

}  // namespace

DoubleArray DoubleArray::Build(const std::vector<std::vector<std::uint32_t>>& keys,
                               const std::vector<std::int32_t>& ids) {
  return Builder(keys, ids).Run();
}

}  // namespace zhcorpus::segment
