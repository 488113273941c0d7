// Outlets in datelines and source lines. Three shapes, each anchored on a
// word that only journalism uses, so that no guess is made on running text:
//   dateline  OUTLET PLACE? DATE 电|讯|消息  某某社宁波5月6日电, 某某报3日讯, 【某某5月12日报道】
//             (an OUTLET not ending like one only where it opens the text: 某扑9月21日讯)
//   lead-in   OUTLET 讯|消息 at a clause start, OUTLET ending like an outlet
//             (某某日报讯（记者…）, 某某在线消息, 据某某网消息)
//   source    来源|稿源|出处|转载自 ：OUTLET[-OUTLET]   来源：某某网-某某日报
//   reported  据 OUTLET 报道, OUTLET ending like an outlet  据某某日报报道
//   printed   原文刊于|原载于|转载自 OUTLET at the line's end   原文刊于某某财经新闻
//   titled    《OUTLET》 before a word of the newsroom     《某某人物》记者, 《某某》杂志
//   photo     （OUTLET 资料图片|供图）                        （某某社资料图片）
//   site      a page title's last part after - _ |         某某新闻标题-基层动态-某某网
// `本报`, `本刊`, `本台`, `本网` name nothing (ANNOTATION_NOTES).
#include "entity/org_media.h"

#include <algorithm>
#include <cctype>

#include "article/byline.h"
#include "entity/org_heads.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::org {
namespace {

constexpr std::uint32_t kMinOutlet = 2;
constexpr std::uint32_t kMaxOutlet = 12;
constexpr std::uint32_t kMaxBareOutlet = 6;  // a name that does not end like an outlet

bool IsIn(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }

bool IsDateChar(char32_t c) {
  return (c >= U'0' && c <= U'9') || IsIn(U"０１２３４５６７８９一二三四五六七八九十〇○年月日", c);
}

// Characters an outlet's name is made of.
bool IsOutletChar(char32_t c) {
  return IsHan(c) || (c < 128 && std::isalnum(static_cast<int>(c))) || c == U'·';
}

// Where a clause may start: what comes right before an outlet.
bool OpensClause(char32_t c) { return !IsOutletChar(c) || c == U'据'; }

bool EndsLikeOutlet(std::u32string_view name) {
  for (std::size_t len = 1; len <= 3 && len <= name.size(); ++len) {
    if (InClass(WordClass::kOutletEnd, name.substr(name.size() - len))) return true;
  }
  return false;
}

// A name that ends like an outlet and is more than the ending itself (某某网, not 网 or 日报 alone).
bool NamesAnOutlet(std::u32string_view name) {
  return EndsLikeOutlet(name) && !InClass(WordClass::kOutletEnd, name);
}

// 本报, 本刊记者 …: the paper speaking of itself names nothing, also after a word
// glued to it (凡 + 本报记者署名…: "all of this paper's …").
bool IsSelfReference(std::u32string_view name) {
  return name.front() == U'本' || (name.size() >= 2 && name[name.size() - 2] == U'本');
}

// Where an outlet's name ends before a reporter stationed somewhere (某某社 + 驻京 +
// 记者, 驻沪): at 驻 in the last three characters, else at `end`.
std::size_t BeforeStation(std::u32string_view named, std::size_t end) {
  const std::size_t stationed = end > 0 ? named.rfind(U'驻', end - 1) : std::u32string_view::npos;
  return stationed != std::u32string_view::npos && stationed > 0 && end - stationed <= 3 ? stationed : end;
}

// Labels that end a source line's outlet when layout spaces were removed
// (来源：某某网作者：张三).
bool StartsLabel(std::u32string_view rest) {
  // 发布 closing the line is the last word of a government account's name (来源：某地发布), not
  // the label of a date (发布时间：…).
  if (rest.starts_with(U"发布") && (rest.size() == 2 || rest[2] == U'\n' || rest[2] == U' ')) return false;
  for (std::size_t len = 2; len <= 4 && len <= rest.size(); ++len) {
    if (InClass(WordClass::kLineLabel, rest.substr(0, len))) return true;
  }
  return false;
}

class OutletScan {
 public:
  OutletScan(std::u32string_view text, const std::vector<Span>& regions) : text_(text), regions_(regions) {}

  std::vector<Span> Run() {
    // (One switch per character: most characters are none of the cues.)
    for (std::uint32_t i = 1; i < text_.size(); ++i) {
      switch (text_[i]) {
        case U'电':
          Dateline(i, i + 1);
          break;
        case U'讯':
          Dateline(i, i + 1);
          LeadIn(i, i);
          break;
        case U'消':
          if (text_.substr(i, 2) == U"消息") {
            LeadIn(i, i);
            Dateline(i, i + 2);  // 据某某社9月26日消息
          }
          break;
        case U'报':
          if (text_.substr(i, 2) == U"报道") Reported(i);
          if (i + 2 < text_.size() && text_[i + 2] == U'】' && (text_.substr(i, 2) == U"报道" || text_.substr(i, 2) == U"报导")) {
            BracketDateline(i);
          }
          break;
        case U'刊':
        case U'载':
          if (text_.substr(i + 1, 1) == U"于" || text_.substr(i + 1, 1) == U"自") Printed(i + 2);
          break;
        case U'记':
          if (text_.substr(i, 2) == U"记者") Credit(i);
          break;
        case U'编':
          if (text_.substr(i, 2) == U"编辑") Credit(i);  // （某某网编辑张三）
          break;
        case U'资':
          if (text_.substr(i, 3) == U"资料图") PhotoCredit(i);
          break;
        case U'供':
          if (text_.substr(i, 2) == U"供图") PhotoCredit(i);
          break;
        case U'：':
        case U':':
          Source(i);
          break;
        case U'》':
          Titled(i);
          break;
        case U'-':
        case U'_':
        case U'|':
          TitleSite(i + 1);
          break;
        case U'╱':
        case U'／':
        case U'/':
          SlashByline(i);
          break;
        default:
          break;
      }
    }
    std::sort(found_.begin(), found_.end());
    found_.erase(std::unique(found_.begin(), found_.end()), found_.end());
    return found_;
  }

 private:
  // The clause start at or before `end`, walking over outlet characters;
  // 0 length when the run is too long to be an outlet.
  std::uint32_t ClauseStart(std::uint32_t end) const {
    std::uint32_t s = end;
    while (s > 0 && !OpensClause(text_[s - 1]) && end - s <= kMaxOutlet) --s;
    return s;
  }

  void Keep(std::uint32_t start, std::uint32_t end) {
    // A paper's, station's or agency's all-media newsroom is itself (某晚报 + 全媒体记者); any
    // other name keeps it (南方财经全媒体 is a group's name).
    const std::u32string_view whole = text_.substr(start, end - start);
    if ((whole.ends_with(U"全媒体") || whole.ends_with(U"融媒体")) && whole.size() > 5 &&
        std::u32string_view(U"报台社").find(whole[whole.size() - 4]) != std::u32string_view::npos) {
      end -= 3;
    }
    if (end - start < kMinOutlet || end - start > kMaxOutlet) return;
    const std::u32string_view name = text_.substr(start, end - start);
    if (IsSelfReference(name) || !IsHan(name.front())) return;
    // A paper and its site or app joined by a middle dot (某某商报·某创客户端, 某某证券报·某证网) are two
    // outlets, each named in full.
    if (const std::size_t dot = name.find(U'·'); dot != std::u32string_view::npos && NamesAnOutlet(name.substr(0, dot)) &&
                                                 NamesAnOutlet(name.substr(dot + 1))) {
      found_.emplace_back(start, start + static_cast<std::uint32_t>(dot));
      found_.emplace_back(start + static_cast<std::uint32_t>(dot) + 1, end);
      return;
    }
    found_.emplace_back(start, end);
  }

  // OUTLET PLACE? DATE 电|讯, with the date ending in 日 and nothing glued
  // after the anchor (3月2日电话 is a phone call).
  void Dateline(std::uint32_t anchor, std::uint32_t after) {
    if (text_[anchor - 1] != U'日' || (after < text_.size() && IsOutletChar(text_[after]))) return;
    std::uint32_t p = anchor - 1;
    while (p > 0 && IsDateChar(text_[p - 1])) --p;
    if (anchor - p < 2) return;  // at least a day and 日 (某某报3日讯)
    std::uint32_t place = p;
    for (const Span& r : regions_) {
      if (r.second == p) place = r.first;
    }
    const std::uint32_t start = ClauseStart(place);
    if (start == place || (start > 0 && IsOutletChar(text_[start - 1]) && text_[start - 1] != U'据')) return;
    // Without a place between them, only a name that ends like an outlet, or any
    // short name opening the text, a line or a 【】 dateline before a full date (某扑9月21日讯 …).
    const bool opens_text = (start == 0 || text_[start - 1] == U'\n' || text_[start - 1] == U'【') && place - start <= kMaxBareOutlet &&
                            text_.substr(p, anchor - p).find(U'月') != std::u32string_view::npos;
    // A reporter credited inside the dateline (某某社记者张三 + 台北12日电) is no part of the outlet.
    const std::u32string_view named = text_.substr(start, place - start);
    const std::size_t credit = named.find(U"记者");  // (the scan reads the simplified text)
    if (credit != std::u32string_view::npos && credit > 0) {
      const std::size_t outlet_end = BeforeStation(named, credit);
      if (EndsLikeOutlet(named.substr(0, outlet_end))) Keep(start, start + static_cast<std::uint32_t>(outlet_end));
      return;
    }
    if (place < p || opens_text || EndsLikeOutlet(named)) Keep(start, place);
  }

  // 【OUTLET DATE 报道】: a dateline closed by 报道 (or 报导) opens the bracket; the outlet
  // must begin right after 【 (记者5月12日报道 with no bracket names no outlet).
  void BracketDateline(std::uint32_t anchor) {
    if (anchor == 0 || text_[anchor - 1] != U'日') return;
    std::uint32_t p = anchor;
    while (p > 0 && anchor - p < kMaxOutlet + 12 && text_[p - 1] != U'【' && text_[p - 1] != U'\n') --p;
    if (p == 0 || text_[p - 1] != U'【') return;
    for (std::uint32_t len = 2; len <= 3; ++len) {
      if (InClass(WordClass::kTitle, text_.substr(p, len))) return;  // (【记者5月12日报道】)
    }
    Dateline(anchor, anchor + 2);
  }

  // OUTLET 讯|消息 right at a clause start.
  void LeadIn(std::uint32_t anchor, std::uint32_t end) {
    const std::uint32_t start = ClauseStart(end);
    if (start == end || (start > 0 && IsOutletChar(text_[start - 1]) && text_[start - 1] != U'据')) return;
    const std::u32string_view name = text_.substr(start, end - start);
    if (!EndsLikeOutlet(name) || anchor != end) return;
    Keep(start, end);
    // A paper and its app opening the line together (某某网 某某客户端讯): both outlets.
    if (start < 2 || text_[start - 1] != U' ') return;
    const std::uint32_t first = ClauseStart(start - 1);
    if (first < start - 1 && (first == 0 || text_[first - 1] == U'\n') &&
        EndsLikeOutlet(text_.substr(first, start - 1 - first))) {
      Keep(first, start - 1);
    }
  }

  // 据 OUTLET 报道: a name that ends like an outlet (据某某科技报道, 据某某日报报道).
  void Reported(std::uint32_t anchor) {
    std::uint32_t start = ClauseStart(anchor);
    if (start == anchor || start == 0 || text_[start - 1] != U'据') return;
    if (InClass(WordClass::kBodyStop, text_.substr(start - 1, 2))) ++start;  // 据悉 + 某某网报道
    if (start < anchor && EndsLikeOutlet(text_.substr(start, anchor - start))) Keep(start, anchor);
  }

  // 原文刊于 OUTLET, 原载于 OUTLET, 转载自 OUTLET: a reprint's note names the outlet that
  // printed it first. The whole rest of the line (up to a full stop or its end) is the
  // name and must end like an outlet, so running text (论文刊于某刊第3期) names nothing.
  void Printed(std::uint32_t from) {
    const std::uint32_t p = OutletRunEnd(from, U"\n。；;，, \u3000）)");
    if (p > 0 && NamesAnOutlet(text_.substr(from, p - from))) Keep(from, p);
  }

  // Where the run of outlet characters from `from` ends, when a character of `closers` or the
  // text's end follows it; 0 when the run is longer than a name or something else follows.
  std::uint32_t OutletRunEnd(std::uint32_t from, std::u32string_view closers) const {
    std::uint32_t p = from;
    while (p < text_.size() && IsOutletChar(text_[p]) && p - from <= kMaxOutlet) ++p;
    return p < text_.size() && !IsIn(closers, text_[p]) ? 0 : p;
  }

  // A name that ends as a paper's, a site's or an agency's does (某某报, 某某网, 某某社).
  static bool NamesAPaperOrSite(std::u32string_view name) {
    return !name.empty() && IsOutletEndChar(name.back()) && NamesAnOutlet(name);
  }

  // A page's title line ends with the site that published it after a separator
  // (某某新闻标题-栏目-某某网, 标题_某某日报): the whole rest of the line is the name and
  // ends like a paper, a site or an agency, so a dash inside running text names nothing.
  void TitleSite(std::uint32_t from) {
    while (from < text_.size() && text_[from] == U' ') ++from;
    const std::uint32_t p = OutletRunEnd(from, U"\n");
    if (p > 0 && NamesAPaperOrSite(text_.substr(from, p - from))) Keep(from, p);
  }

  // A byline of a writer's name, a slash and the outlet (张三╱某某报 编辑部, 李四／某某网): the
  // name opens the line and is a person's (two to four characters), the outlet ends like a
  // paper, a site or an agency and closes the line or meets a space.
  void SlashByline(std::uint32_t slash) {
    std::uint32_t line = slash;
    while (line > 0 && IsHan(text_[line - 1]) && slash - line <= 4) --line;
    if (slash - line < 2 || slash - line > 4 || (line > 0 && text_[line - 1] != U'\n')) return;
    const std::uint32_t p = OutletRunEnd(slash + 1, U"\n \u3000");
    if (p > 0 && NamesAPaperOrSite(text_.substr(slash + 1, p - slash - 1))) Keep(slash + 1, p);
  }

  // 《OUTLET》 + 记者, 杂志, 编辑部 …: a title that a newsroom word follows is a
  // periodical's (a document's title is followed by no reporter).
  void Titled(std::uint32_t close) {
    std::uint32_t cue = 0;
    for (std::uint32_t len = 2; len <= 3 && close + 1 + len <= text_.size() && cue == 0; ++len) {
      if (InClass(WordClass::kTitleOutletCue, text_.substr(close + 1, len))) cue = len;
    }
    if (cue == 0) return;
    // 《某文件》记者会, 记者招待会: a press event about a document, no reporter of it.
    const std::u32string_view after = text_.substr(close + 1 + cue);
    if (after.starts_with(U"会") || after.starts_with(U"招待") || after.starts_with(U"见面") || after.starts_with(U"发布")) return;
    std::uint32_t open = close;
    while (open > 0 && close - open <= kMaxOutlet && IsOutletChar(text_[open - 1])) --open;
    if (open == 0 || text_[open - 1] != U'《') return;
    // A document's title (关于…的意见) names no periodical.
    const std::u32string_view name = text_.substr(open, close - open);
    if (name.starts_with(U"关于") || name.find(U'的') != std::u32string_view::npos) return;
    Keep(open, close);
  }

  // OUTLET 记者 opening a bracket or a line (（某某日报记者 张三）, a closing line 某某新闻记者 张三):
  // the outlet that sent the reporter. In running text (，该报记者…) a name is left to the grammar.
  // (Hong Kong wires put the whole dateline in 《》: 《某某通讯社驻京记者张三13日北京专电》.)
  void Credit(std::uint32_t anchor) {
    const std::uint32_t start = ClauseStart(anchor);
    if (start == anchor) return;
    if (start > 0 && !IsIn(U"（(\n《", text_[start - 1])) return;
    const std::uint32_t end = start + static_cast<std::uint32_t>(BeforeStation(text_.substr(start, anchor - start), anchor - start));
    const std::u32string_view name = text_.substr(start, end - start);
    // (An outlet the dateline named already counts however it ends: 【某纪元3日讯】(某纪元记者…).)
    if (NamesAnOutlet(name) || (FoundAlready(name) && !InClass(WordClass::kOutletEnd, name))) Keep(start, end);
  }

  // A photo's credit in brackets (（某某社资料图片）, （某某网供图）): the outlet that took it.
  void PhotoCredit(std::uint32_t anchor) {
    const std::uint32_t start = ClauseStart(anchor);
    if (start == anchor || start == 0 || !IsIn(U"（(【", text_[start - 1])) return;
    const std::u32string_view name = text_.substr(start, anchor - start);
    if (NamesAnOutlet(name)) Keep(start, anchor);
  }

  bool FoundAlready(std::u32string_view name) const {
    return std::any_of(found_.begin(), found_.end(),
                       [&](const Span& s) { return text_.substr(s.first, s.second - s.first) == name; });
  }

  // 来源：OUTLET, also two outlets joined by a dash (某某网-某某日报).
  void Source(std::uint32_t colon) {
    bool labelled = false;
    for (std::uint32_t len = 2; len <= 3 && len <= colon && !labelled; ++len) {
      labelled = InClass(WordClass::kSourceLabel, text_.substr(colon - len, len));
    }
    // A one-character label (源：) only opens a line: inside a sentence it is a word's tail (资源：).
    if (!labelled && colon >= 1 && InClass(WordClass::kSourceLabel, text_.substr(colon - 1, 1))) {
      labelled = colon == 1 || text_[colon - 2] == U'\n' || text_[colon - 2] == U' ' || text_[colon - 2] == U'\u3000';
    }
    if (!labelled) {
      Author(colon);
      return;
    }
    std::uint32_t p = colon + 1;
    while (p < text_.size() && (text_[p] == U' ' || text_[p] == U'\u3000')) ++p;
    for (int part = 0; part < 2 && p < text_.size(); ++part) {
      const std::uint32_t start = p;
      // (各 opens the next line's addressees: 来源：某局 + 各区县人民政府.)
      while (p < text_.size() && IsOutletChar(text_[p]) && p - start < kMaxOutlet &&
             !(p > start && (StartsLabel(text_.substr(p)) || text_[p] == U'各'))) {
        ++p;
      }
      if (p < text_.size() && IsOutletChar(text_[p]) && !StartsLabel(text_.substr(p))) return;  // too long
      if (NamesAPerson(start, p)) return;  // (来源：张三, the writer of a post)
      Keep(start, p);
      if (p >= text_.size() || (text_[p] != U'-' && text_[p] != U'—' && text_[p] != U'－')) return;
      ++p;
    }
  }

  // 作者：OUTLET + a reporter's name (作者：某某报张三): the paper the author writes for, where
  // the name ends like an outlet and two or three characters, the person, close the field.
  void Author(std::uint32_t colon) {
    if (colon < 2 || text_.substr(colon - 2, 2) != U"作者") return;
    const std::uint32_t start = colon + 1;
    std::uint32_t end = start;
    while (end < text_.size() && IsHan(text_[end]) && end - start <= kMaxOutlet + 3) ++end;
    if (end < text_.size() && IsOutletChar(text_[end])) return;  // (a sentence, not a field)
    for (std::uint32_t person = 2; person <= 3; ++person) {
      if (end - start < person + kMinOutlet + 1) continue;
      const std::u32string_view name = text_.substr(start, end - person - start);
      if (NamesAPaperOrSite(name) && !IsSelfReference(name)) Keep(start, end - person);
    }
  }

  // The last character of a paper's, a site's or an agency's name (报, 网, 社).
  // A source field that holds a person's name only (来源：张三): the writer, no outlet.
  bool NamesAPerson(std::uint32_t start, std::uint32_t end) const {
    if (end - start < 2 || end - start > 3 || IsOutletEndChar(text_[end - 1])) return false;
    return article::LooksLikePersonName(EncodeUtf8(text_.substr(start, end - start)));
  }

  static bool IsOutletEndChar(char32_t c) { return c == U'报' || c == U'网' || c == U'社'; }

  std::u32string_view text_;
  const std::vector<Span>& regions_;
  std::vector<Span> found_;
};

}  // namespace

std::vector<Span> FindOutlets(std::u32string_view text, const std::vector<Span>& regions) {
  return OutletScan(text, regions).Run();
}

}  // namespace zhcorpus::org
