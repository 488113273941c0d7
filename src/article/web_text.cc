#include "article/web_text.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "article/date_forms.h"
#include "article/page_lines.h"
#include "article/web_blocks.h"
#include "article/web_fields.h"
#include "util/word_lists.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus::article {
namespace {

constexpr std::size_t kHeadLines = 12;  // menu, breadcrumb, headline and header sit within these
constexpr std::size_t kTailLines = 12;

// The page's word lists (data/web_page_words.tsv).
const std::vector<std::string>& Words(std::string_view list) { return WordLists::Compiled("web_page_words").Get(list); }

// `<div class="share">` and `</p>` left in copied text: markup, not words.
std::string StripTags(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const bool tag_start = line[i] == '<' && i + 1 < line.size() &&
                           (std::isalpha(static_cast<unsigned char>(line[i + 1])) || line[i + 1] == '/' || line[i + 1] == '!');
    const std::size_t close = tag_start ? line.find('>', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += line[i++];
      continue;
    }
    out += ' ';
    i = close + 1;
  }
  return std::string(Trim(out));
}

// Pieces of `line` cut at the separators of menus and breadcrumbs.
std::vector<std::string_view> MenuItems(std::string_view line) {
  std::vector<std::string_view> items;
  std::size_t start = 0;
  auto cut = [&](std::size_t at, std::size_t width) {
    if (std::string_view item = Trim(line.substr(start, at - start)); !item.empty()) items.push_back(item);
    start = at + width;
  };
  for (std::size_t i = 0; i < line.size();) {
    const std::string_view rest = line.substr(i);
    std::size_t width = 0;
    for (std::string_view sep : {"|", ">", "/", "\xE4\xB8\xA8" /*丨*/, "\xEF\xBD\x9C" /*｜*/, "\xEF\xBC\x9E" /*＞*/,
                                 "\xC2\xB7" /*·*/, "\xE3\x83\xBB" /*・*/, "\xE2\x80\xBA" /*›*/, "\xC2\xBB" /*»*/, " ",
                                 "\xE3\x80\x80", "\t"}) {
      if (rest.substr(0, sep.size()) == sep) { width = sep.size(); break; }
    }
    if (width) cut(i, width), i += width;
    else ++i;
  }
  cut(line.size(), 0);
  return items;
}

bool HasSentencePunctuation(std::string_view s) {
  static const std::vector<std::string> kMarks = {"。", "，", "；", "！", "？"};
  return ContainsAny(s, kMarks);
}

// A tail line of the page rather than of the story: links to other stories,
// the site's copyright, print and close buttons.
bool IsPageTailLine(std::string_view line) {
  return ContainsAny(line, Words("page_tail_mark"));
}

// Share bars and font switches: `【字体：大 中 小】 分享到：`.
bool IsPageWidgetLine(std::string_view line) {
  return !HasSentencePunctuation(line) &&
         ContainsAny(line, Words("page_widget_mark"));
}

// A header line that says where and when the story appeared.
bool IsSourceHeader(std::string_view line) {
  if (!IsHeaderLine(line)) return false;
  if (SourceLabel(line)) return true;
  const auto date = FindDate(line);
  return date && Contains(line.substr(date->end), ":");  // a date with its time: `2023-05-06 09:30`
}

struct Line {
  std::string text;
  bool navigation = false;
  bool was_tag = false;  // the line was only markup
};

std::vector<Line> ReadLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view raw = Trim(text.substr(start, end - start));
    start = end + 1;
    if (raw.empty()) continue;
    Line l;
    l.text = StripTags(raw);
    l.was_tag = l.text.empty();
    l.navigation = !l.was_tag && IsNavigationLine(l.text);
    lines.push_back(std::move(l));
  }
  return lines;
}

}  // namespace

bool IsNavigationLine(std::string_view line) {
  if (HasSentencePunctuation(line)) return false;
  if (ContainsAny(line, Words("breadcrumb_mark"))) return true;
  const std::vector<std::string_view> items = MenuItems(line);
  if (items.size() < 4) return false;
  // Link labels are short words; a headline cut by spaces has long pieces.
  return std::all_of(items.begin(), items.end(), [](std::string_view item) {
    const std::size_t n = VisibleChars(item);
    return n >= 1 && n <= 6;
  });
}

std::optional<WebArticle> ExtractWebText(std::string_view text) {
  // Copied pages are single stories; a long file is a book or a page of
  // many stories, which the page splitter handles.
  if (text.size() > (1u << 20) || text.find('\n') == std::string_view::npos) return std::nullopt;
  const std::vector<Line> lines = ReadLines(text);
  if (lines.size() < 3) return std::nullopt;

  std::size_t header = lines.size(), furniture = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    const bool head = i < kHeadLines, tail = i + kTailLines >= lines.size();
    if (l.was_tag || (l.navigation && (head || tail)) || IsPageWidgetLine(l.text) || (tail && IsPageTailLine(l.text)))
      ++furniture;
    if (!IsSourceHeader(l.text)) continue;
    if (header == lines.size() && head) header = i;
    else if (i > header + 1 && !tail) return std::nullopt;  // a second story's header
  }
  if (header == lines.size() || furniture == 0) return std::nullopt;

  // Blocks for the field reader: navigation counts as links, so nothing
  // downstream takes a menu for prose; the headline is the nearest plain line
  // above the header.
  PageBlocks page;
  PageMeta meta;
  for (const Line& l : lines) {
    if (l.was_tag) continue;
    TextBlock b;
    b.text = l.text;
    b.chars = VisibleChars(l.text);
    b.link_chars = l.navigation ? b.chars : 0;
    page.blocks.push_back(std::move(b));
  }
  const auto header_block = static_cast<std::size_t>(
      std::count_if(lines.begin(), lines.begin() + header, [](const Line& l) { return !l.was_tag; }));
  for (std::size_t i = header_block; i-- > 0;) {
    TextBlock& b = page.blocks[i];
    if (b.link_chars || IsPageWidgetLine(b.text) || IsHeaderLine(b.text)) continue;
    if (b.chars >= 4 && b.chars <= 80 && !Contains(b.text, "。")) {
      b.heading = 1;
      meta.title = b.text;
    }
    break;
  }
  // The body: from the first line with sentence punctuation after the header
  // to the line before the page's tail.
  std::vector<std::size_t> body;
  for (std::size_t i = header_block + 1; i < page.blocks.size(); ++i) {
    const TextBlock& b = page.blocks[i];
    if (IsPageTailLine(b.text) || (b.link_chars && !body.empty())) break;
    if (b.link_chars || IsPageWidgetLine(b.text)) continue;
    if (body.empty() && !HasSentencePunctuation(b.text) && !IsHeaderLine(b.text)) continue;
    body.push_back(i);
  }
  if (body.empty()) return std::nullopt;
  // The header line goes to the field reader as part of the header.
  WebArticle article = FillWebArticle(page, std::move(body), meta);
  if (article.paragraphs.empty()) return std::nullopt;
  return article;
}

}  // namespace zhcorpus::article
