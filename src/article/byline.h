// Internal: recognising the lines around an article's body: bylines, source
// notes and datelines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zhcorpus::article {

struct Byline {
  std::vector<std::string> names;    // authors: reporters, writers, photographers
  std::vector<std::string> editors;  // after 编辑, 校对, 审核, …: no authors
  std::optional<std::string> outlet;  // 新华社记者 -> 新华社
  bool marked = false;  // opens with ■ or □: a magazine byline printed above the body
  bool photo = false;   // a photo credit (`X 摄`)
  bool bare = false;    // names alone: no marker, role or outlet
};

// A line that is only a byline or credit: `本报记者 周立 通讯员 方晓云`,
// `□ 东部科技报联盟某省记者站 钱明远`, `邵川 文/图`, `新华社记者 韩冬 摄`,
// `苏禾 贺远航`, `编辑 某某` (an editor's line: the name goes to `editors`).
// Names must start with a common surname, so a slogan headline of
// three-character phrases is not taken for names.
std::optional<Byline> ParseByline(std::string_view line);

// A person's name as bylines print it: two to four Han characters starting
// with a common surname (or a compound one), not ending like a place or body.
bool LooksLikePersonName(std::string_view name);
// The same without the test of the last character: for names right after a
// role word (`通讯员 刘会`), where a name ending like a body's is still a name.
bool LooksLikeCreditedName(std::string_view name);

// A line of roles only, such as `本刊记者` printed under the names.
bool IsRoleLine(std::string_view line);

// Splits `…的动人故事。 徐锡莲` into the body part and a trailing byline.
std::optional<std::pair<std::string, Byline>> SplitTrailingByline(std::string_view line);

// `〔来源：6月9日《温州日报》〕` / `（来源：新华日报）` -> 温州日报.
std::optional<std::string> ParseSourceNote(std::string_view line);

struct Dateline {
  std::optional<std::string> outlet;  // 新华社, 中新网; 本报 names none
  int month = 0, day = 0;             // 0 when the dateline has no date
};

// `本报讯`, `本报湘潭讯`, `新华社北京6月6日电`, `中新网宁波3月8日电` at the
// start of a (normalised) paragraph.
std::optional<Dateline> ParseDateline(std::string_view paragraph);

// False when `head` (raw or normalised) cannot open a dateline: it neither
// starts with 本 (layout spaces aside: a letter-spaced `本 报` normalises to
// 本报) nor has 日电 or 日讯 (perhaps spaced). A cheap test on bytes that
// spares normalising the head of every paragraph.
bool MayOpenDateline(std::string_view head);

}  // namespace zhcorpus::article
