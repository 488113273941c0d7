// Internal: the people and sources a web article credits outside a plain
// byline line: a bracket after the dateline (`（记者 张三 李四）`,
// `【文/某某网专栏作者 张三】`), a photo credit closing a caption
// (`… 某某社记者 张三 摄`), labelled credits (`摄影/张三`, `作者 张三`,
// `张三/某某日报`), header fields run together (`来源某某网 | 作者张三`),
// the repost line of a self-media account (`原创： 张三编译 某某研究`), and
// the copyright holder in a page's footer. Names must look like people's
// (byline.h), so a phrase is never taken for one; editors are not authors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zhcorpus::article {

// Names in a bracket near the start of `paragraph` (after a dateline), or in
// one closing it: the bracket must name a role (记者, 通讯员, 作者, 文/).
std::vector<std::string> BracketCredit(std::string_view paragraph);

// Names before a closing `摄` (a photo credit at the end of a caption):
// `图片来源：某某记者 张三 摄`, `…出行。某某社记者 张三 摄`.
std::vector<std::string> PhotoCredit(std::string_view line);

// Names after credit labels in a short line (`摄影/张三 编辑/李四` -> 张三;
// `《某刊》作者 张三`), and `张三/某某日报` (a name over its outlet).
std::vector<std::string> LabelledCredit(std::string_view line);

// A header line of fields run together with `|` (`来源某某网|作者张三`):
// the outlet after a source label without a colon, and author names.
struct HeaderFields {
  std::optional<std::string> outlet;
  std::vector<std::string> authors;
};
HeaderFields ReadHeaderFields(std::string_view line);

// `原创： 张三编译 某某研究`: the account that first published a reposted
// text (the outlet) and its author, when a line opens with 原创.
struct OriginalCredit {
  std::optional<std::string> account;
  std::vector<std::string> authors;
};
std::optional<OriginalCredit> ReadOriginalLine(std::string_view line);

// `© 2010-2016 某某网 京ICP备…`, `Copyright © 2019 某某报社 版权所有`: the
// holder's name.
std::optional<std::string> CopyrightHolder(std::string_view line);

}  // namespace zhcorpus::article
