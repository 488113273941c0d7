#include "article/byline.h"

#include <algorithm>
#include <regex>
#include <initializer_list>

#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

// Common Chinese surnames (single and compound): a byline name starts with one.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    U"姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    U"文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    U"盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    U"晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    U"乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    U"计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    U"哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
constexpr std::u32string_view kCompoundSurnames[] = {U"欧阳", U"司马", U"诸葛", U"上官", U"东方", U"夏侯", U"皇甫",
                                                     U"尉迟", U"公孙", U"慕容", U"长孙", U"宇文", U"司徒", U"令狐"};

// Words in a byline that are roles, not names.
constexpr std::u32string_view kRoles[] = {
    U"本报记者", U"本报通讯员", U"通讯员", U"记者", U"见习记者", U"实习记者", U"特约记者", U"实习生", U"本报特约记者",
    U"摄", U"摄影", U"文/图", U"图/文", U"文", U"图", U"报道", U"整理", U"执笔", U"编辑", U"责任编辑", U"□", U"■", U"●",
    U"本刊记者", U"本刊通讯员", U"撰文", U"采写"};

std::vector<std::u32string> SplitSpaces(std::u32string_view s) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : s) {
    if (c == U' ' || c == U'\u3000' || c == U'\t') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

bool AllHan(std::u32string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsHan); }

bool IsPersonName(std::u32string_view s) {
  if (s.size() < 2 || s.size() > 4 || !AllHan(s)) return false;
  // Place, body and topic words end like this; given names rarely do.
  constexpr std::u32string_view kNotNameEnd = U"市省县区镇村乡路街局委厅部院校司所站队组会社党设化业阵射享园城州山江湖河";
  if (kNotNameEnd.find(s.back()) != std::u32string_view::npos) return false;
  for (std::u32string_view c : kCompoundSurnames) {
    if (s.substr(0, 2) == c && s.size() >= 3) return true;
  }
  return kSurnames.find(s[0]) != std::u32string_view::npos;
}

bool IsRole(std::u32string_view s) {
  return std::find(std::begin(kRoles), std::end(kRoles), s) != std::end(kRoles);
}

// `新华社记者` -> 新华社; `长三角科技报联盟浙江报道组`, `本报` -> a role with no outlet.
bool IsOutletRole(std::u32string_view s, std::optional<std::string>* outlet) {
  auto ends_with = [&](std::u32string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  if (!AllHan(s)) return false;
  if (ends_with(U"记者") || ends_with(U"通讯员")) {
    const std::u32string_view org = s.substr(0, s.size() - (ends_with(U"记者") ? 2 : 3));
    if (org.size() >= 2 && org != U"本报" && org != U"本刊") *outlet = EncodeUtf8(org);
    return true;
  }
  return ends_with(U"报道组") || ends_with(U"记者站") || ends_with(U"融媒体中心");
}

// The longest byline line, and the longest role word (`本报特约记者`).
constexpr std::size_t kMaxBylineLength = 48;
constexpr std::size_t kMaxRoleLength = 6;

// True when a run of non-space characters in `line` is longer than `max`.
bool HasLongRun(std::string_view line, std::size_t max) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == ' ' || c == '\t') { run = 0; continue; }
    if (c == 0xE3 && line.substr(i, 3) == "\xE3\x80\x80") { run = 0; i += 2; continue; }  // U+3000
    if (!IsUtf8Continuation(c) && ++run > max) return true;
  }
  return false;
}

// A source note ends with a closing bracket (spaces aside).
bool EndsWithCloser(std::string_view line) {
  for (;;) {
    if (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    else if (line.ends_with("\xE3\x80\x80")) line.remove_suffix(3);
    else break;
  }
  for (std::string_view closer : {"〕", "）", ")", "】", "]"}) {
    if (line.ends_with(closer)) return true;
  }
  return false;
}

}  // namespace

namespace {

// `■` or `□` before the names of a magazine byline (`●` marks run-in heads).
bool StripMarker(std::u32string* text) {
  constexpr std::u32string_view kMarkers = U"■□";
  if (text->empty() || kMarkers.find(text->front()) == std::u32string_view::npos) return false;
  text->erase(0, 1);
  return true;
}

struct NameToken {
  std::u32string text;
  bool spaced = false;  // joined from letter-spaced glyphs (`叶 慧`)
};

// Letter-spaced names (`李 彤`, `叶 慧 蓝 晨 叶 冬`): a run of single glyphs is
// one name of two or three, or two-glyph names when longer.
std::vector<NameToken> JoinSpacedNames(const std::u32string& text) {
  std::vector<NameToken> tokens;
  std::u32string run;
  auto flush = [&] {
    if (run.size() == 1) tokens.push_back({run, false});
    for (std::size_t i = 0; i < run.size() && run.size() > 1;) {
      const std::size_t len = run.size() <= 3 || run.size() - i == 3 ? run.size() - i : 2;
      tokens.push_back({run.substr(i, len), true});
      i += len;
    }
    run.clear();
  };
  for (std::u32string& t : SplitSpaces(text)) {
    if (t.size() == 1 && IsHan(t[0])) { run += t; continue; }
    flush();
    tokens.push_back({std::move(t), false});
  }
  flush();
  return tokens;
}

}  // namespace

std::optional<Byline> ParseByline(std::string_view line) {
  // Before decoding (most lines are long): more than four bytes a character
  // means too many characters.
  if (line.size() > kMaxBylineLength * 4 || CodePointCount(line) > kMaxBylineLength) return std::nullopt;
  std::u32string text = DecodeUtf8(line);
  Byline byline;
  byline.marked = StripMarker(&text);
  bool has_role = false;
  for (NameToken& nt : JoinSpacedNames(text)) {
    std::u32string& token = nt.text;
    // `本报记者叶伟`: a role glued to a name.
    for (std::u32string_view role : kRoles) {
      if (role.size() >= 2 && token.size() > role.size() && std::u32string_view(token).substr(0, role.size()) == role &&
          IsPersonName(std::u32string_view(token).substr(role.size()))) {
        token = token.substr(role.size());
        break;
      }
    }
    if (IsRole(token) || IsOutletRole(token, &byline.outlet)) {
      byline.photo = byline.photo || token == U"摄" || token == U"摄影";
      has_role = true;
      continue;
    }
    // Pen names (`■今 哲`) need not start with a common surname.
    const bool pen_name = byline.marked && nt.spaced && token.size() <= 3 && AllHan(token);
    if (!pen_name && !IsPersonName(token)) return std::nullopt;
    const std::string name = EncodeUtf8(token);
    if (std::find(byline.names.begin(), byline.names.end(), name) == byline.names.end()) byline.names.push_back(name);
  }
  if (byline.names.empty()) return std::nullopt;
  byline.bare = !byline.marked && !has_role;
  return byline;
}

bool IsRoleLine(std::string_view line) {
  if (HasLongRun(line, kMaxRoleLength)) return false;  // cheap test before decoding
  const std::vector<std::u32string> tokens = SplitSpaces(DecodeUtf8(line));
  return !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](const std::u32string& t) { return IsRole(t); });
}

std::optional<std::pair<std::string, Byline>> SplitTrailingByline(std::string_view line) {
  // A byline is at most kMaxBylineLength characters: only the line's tail
  // (the byline, its space and the mark before it) needs decoding.
  // Nothing to do without a space near the end (a cheap byte search first).
  const std::string_view end = line.substr(line.size() - std::min(line.size(), (kMaxBylineLength + 2) * 4));
  if (end.find(' ') == std::string_view::npos && end.find("\u3000") == std::string_view::npos) return std::nullopt;
  const std::string_view tail = Utf8Suffix(line, kMaxBylineLength + 2);
  const std::string_view head = line.substr(0, line.size() - tail.size());
  const std::u32string text = DecodeUtf8(tail);
  // The byline follows the sentence's final mark and a space.
  for (std::size_t i = text.size(); i-- > 1;) {
    if (text[i] != U' ' && text[i] != U'\u3000') continue;
    const char32_t before = text[i - 1];
    if (before != U'。' && before != U'！' && before != U'？' && before != U'”' && before != U'）') continue;
    auto byline = ParseByline(EncodeUtf8(std::u32string_view(text).substr(i + 1)));
    if (byline) return std::make_pair(std::string(head) + EncodeUtf8(std::u32string_view(text).substr(0, i)), *byline);
  }
  return std::nullopt;
}

std::optional<std::string> ParseSourceNote(std::string_view line) {
  if (!EndsWithCloser(line)) return std::nullopt;  // cheap test before decoding
  std::u32string text = DecodeUtf8(line);
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\u3000')) text.pop_back();
  while (!text.empty() && (text.front() == U' ' || text.front() == U'\u3000')) text.erase(0, 1);
  constexpr std::u32string_view kOpen = U"〔（(【[", kClose = U"〕）)】]";
  if (text.size() < 5 || kOpen.find(text.front()) == std::u32string::npos ||
      kClose.find(text.back()) == std::u32string::npos) {
    return std::nullopt;
  }
  std::u32string_view inner = std::u32string_view(text).substr(1, text.size() - 2);
  bool is_source = false;
  for (std::u32string_view key : {U"来源", U"稿源", U"摘自", U"转自"}) {
    if (inner.substr(0, 2) == key) { inner.remove_prefix(2); is_source = true; break; }
  }
  if (!is_source) return std::nullopt;
  if (!inner.empty() && (inner.front() == U'：' || inner.front() == U':')) inner.remove_prefix(1);
  const std::size_t open = inner.find(U'《'), close = inner.find(U'》');
  if (open != std::u32string_view::npos && close != std::u32string_view::npos && close > open) {
    return EncodeUtf8(inner.substr(open + 1, close - open - 1));
  }
  // `来源：6月7日新华日报`: drop a leading date.
  const std::size_t day = inner.find(U'日');
  if (day != std::u32string_view::npos && day < 6 && !inner.empty() && inner.front() >= U'0' && inner.front() <= U'9') {
    inner.remove_prefix(day + 1);
  }
  return inner.empty() ? std::nullopt : std::optional<std::string>(EncodeUtf8(inner));
}

namespace {

// Layout spaces NormalizeText removes (ASCII, U+3000, U+00A0).
std::size_t LayoutSpaceAt(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (s.substr(i, 3) == "\u3000") return 3;
  if (s.substr(i, 2) == "\u00A0") return 2;
  return 0;
}

}  // namespace

bool MayOpenDateline(std::string_view head) {
  head = head.substr(0, 160);
  // 本报… at the start, layout spaces aside.
  std::size_t start = 0;
  while (start < head.size()) {
    const std::size_t n = LayoutSpaceAt(head, start);
    if (n == 0) break;
    start += n;
  }
  if (head.substr(start).starts_with("本")) return true;
  // …日电 / …日讯, perhaps letter-spaced (`日 电`).
  for (std::string_view mark : {"电", "讯"}) {
    for (std::size_t at = head.find(mark); at != std::string_view::npos; at = head.find(mark, at + mark.size())) {
      std::string_view before = head.substr(0, at);
      while (!before.empty()) {
        if (before.back() == ' ' || before.back() == '\t' || before.back() == '\r' || before.back() == '\n') {
          before.remove_suffix(1);
        } else if (before.ends_with("\u3000")) {
          before.remove_suffix(3);
        } else if (before.ends_with("\u00A0")) {
          before.remove_suffix(2);
        } else {
          break;
        }
      }
      if (before.ends_with("日")) return true;
    }
  }
  return false;
}

std::optional<Dateline> ParseDateline(std::string_view paragraph) {
  if (!MayOpenDateline(paragraph.substr(0, 120))) return std::nullopt;  // before decoding
  const std::u32string text = DecodeUtf8(paragraph.substr(0, 120));
  if (text.substr(0, 3) == U"本报讯") return Dateline{};
  // 本报湘潭讯
  if (text.substr(0, 2) == U"本报") {
    for (std::size_t i = 3; i < 9 && i < text.size(); ++i) {
      if (text[i] == U'讯') return AllHan(std::u32string_view(text).substr(2, i - 2)) ? std::optional<Dateline>(Dateline{}) : std::nullopt;
    }
  }
  // <outlet><place><M>月<D>日电 / 讯; the regex runs only where one can be.
  const std::size_t mark = text.find(U"日电"), mark2 = text.find(U"日讯");
  if (std::min(mark, mark2) > 24) return std::nullopt;
  static const std::wregex kWire(LR"(^([\u4e00-\u9fff]{1,6}?(社|网|报|台|电视台))([\u4e00-\u9fff]{1,6}?)(\d{1,2})月(\d{1,2})日(电|讯))");
  std::wstring w(text.begin(), text.end());
  std::wsmatch m;
  if (!std::regex_search(w, m, kWire)) return std::nullopt;
  Dateline d;
  std::u32string outlet(m[1].first, m[1].second);
  d.outlet = EncodeUtf8(outlet);
  d.month = std::stoi(m[4].str());
  d.day = std::stoi(m[5].str());
  return d;
}

}  // namespace zhcorpus::article
