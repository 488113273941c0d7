#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>

#include "article/byline.h"
#include "article/page_items.h"
#include "article/page_lines.h"
#include "zhcorpus/article.h"
#include "zhcorpus/normalizer.h"
#include "zhcorpus/utf8.h"

namespace zhcorpus {
namespace {

using article::Block;
using article::BlockKind;

struct Draft {
  std::vector<const Block*> headlines;  // the article's own headlines
  std::vector<std::string> paragraphs;  // raw, rejoined
  std::vector<std::string> authors;
  std::optional<std::string> outlet;
  std::optional<article::Dateline> dateline;
  bool ended = false;  // a byline, source note or gap closed it
  bool byline_on_top = false;  // opened by a magazine byline (■ names) above the body
  bool display = false;        // headed by display type (doubled lines): a feature
  bool headed = false;         // its headlines were printed above its body
  bool lead_under_headline = false;  // the body's first line sits right under the last headline
};

// `（上接一版）`: a continuation from another page opens its own article.
bool IsJumpMarker(const std::string& paragraph) {
  return paragraph.rfind("（上接", 0) == 0 || paragraph.rfind("(上接", 0) == 0;
}

// Captions before a dateline do not make an article of their own.
bool HasBody(const Draft& d) {
  std::size_t chars = 0;
  for (const std::string& p : d.paragraphs) chars += p.size();
  return d.dateline || chars > 240;
}

bool IsMarkdownMain(const Block* b) { return b->level == 1 || b->level == 2; }

bool IsEditorsNote(const std::string& paragraph) {
  if (std::string_view(paragraph).substr(0, 24).find("编后") == std::string_view::npos) return false;  // before decoding
  const std::u32string head = DecodeUtf8(std::string_view(paragraph).substr(0, 24));
  return head.find(U"编后") != std::u32string::npos && head.find(U"编后") <= 3;
}

// A short line with a space, such as `长三角 新闻快览`: a section label.
bool IsSectionLabel(const Block* b) {
  if (b->level != 0) return false;
  const std::u32string t = DecodeUtf8(b->text);
  return t.size() <= 9 && t.find(U' ') != std::u32string::npos;
}

bool IsNameKicker(const Block& b) { return b.level == 0 && article::IsNameLine(b.text); }

struct Kicked {
  std::size_t title, kicker;  // indexes into the headlines
};

// A headline with its name kicker: the line after the kicker, or the display
// line above it when that one opens the group after a wide gap or when the
// kicker is the last line before the body.
std::optional<Kicked> FindKicked(const std::vector<const Block*>& headlines) {
  for (std::size_t i = 0; i < headlines.size(); ++i) {
    if (!IsNameKicker(*headlines[i])) continue;
    const bool above = i > 0 && headlines[i - 1]->doubled;
    if (above && (headlines[i - 1]->blank_before >= 2 || i + 1 == headlines.size())) return Kicked{i - 1, i};
    if (i + 1 < headlines.size() && !IsNameKicker(*headlines[i + 1])) return Kicked{i + 1, i};
  }
  return std::nullopt;
}

// `——浙江…综述` under a headline, or `…感悟——` over it: a subtitle.
bool IsSubtitleLine(const Block* h) {
  return h->text.rfind("——", 0) == 0 || (h->text.size() > 6 && h->text.substr(h->text.size() - 6) == "——");
}

// A headline with its kicker or its —— subtitle: a feature's title set, not
// an in-text subheading.
bool HasTitleGroup(const std::vector<const Block*>& headlines) {
  if (FindKicked(headlines)) return true;
  for (std::size_t i = 0; i + 1 < headlines.size(); ++i) {
    if (!IsSubtitleLine(headlines[i]) && headlines[i + 1]->text.rfind("——", 0) == 0) return true;
  }
  return false;
}

// `坚 定 信 心 推 动`: a headline letter-spaced as display type.
bool IsLetterSpaced(const Block* h) {
  const std::u32string t = DecodeUtf8(article::Trim(h->text));
  if (t.size() < 7) return false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if ((i % 2 == 1) != (t[i] == U' ' || t[i] == U'\u3000')) return false;
  }
  return true;
}

std::size_t BodyBytes(const Draft& d) {
  std::size_t n = 0;
  for (const std::string& p : d.paragraphs) n += p.size();
  return n;
}

class Splitter {
 public:
  Splitter(const PageOptions& options, bool loose) : options_(options), loose_(loose) {}

  // Paragraph texts move into the drafts (nothing points at paragraphs;
  // headlines stay in `blocks`, pointed at).
  std::vector<Draft> Run(std::vector<Block>& blocks) {
    for (Block& b : blocks) {
      // A wide gap after a finished sentence closes the article.
      if (b.blank_before >= 3 && cur_ && !cur_->paragraphs.empty() && article::EndsSentence(cur_->paragraphs.back())) {
        cur_->ended = true;
      }
      switch (b.kind) {
        case BlockKind::kHeadline: OnHeadline(b); break;
        case BlockKind::kParagraph: OnParagraph(b); break;
        case BlockKind::kByline: OnByline(b); break;
        case BlockKind::kSource:
          if (cur_) { cur_->outlet = b.outlet; cur_->ended = true; }
          break;
      }
    }
    if (!pending_.empty() && cur_ && cur_->ended && cur_->headlines.empty() && cur_->dateline &&
        std::none_of(pending_.begin(), pending_.end(), IsMarkdownMain)) {
      cur_->headlines = pending_;  // a headline printed after its body, at the end of the page
    }
    return std::move(drafts_);
  }

 private:
  void Start() {
    drafts_.emplace_back();
    cur_ = &drafts_.back();
    cur_->headlines = std::move(pending_);
    cur_->headed = !cur_->headlines.empty();
    cur_->display = std::any_of(cur_->headlines.begin(), cur_->headlines.end(), [](const Block* h) { return h->doubled; });
    pending_.clear();
  }

  void OnHeadline(const Block& b) {
    // Deeper markdown headings inside an open article are its subheadings.
    if (b.level >= 4 && cur_ && !cur_->ended && !cur_->paragraphs.empty() && pending_.empty()) {
      cur_->paragraphs.push_back(b.text);
      return;
    }
    if (cur_ && IsEditorsNote(b.text)) {  // ■ 编后 reopens the article before it
      cur_->paragraphs.push_back(b.text);
      cur_->ended = false;
      return;
    }
    if (b.section_label || IsSectionLabel(&b)) {  // a column label opens a new section of the page
      if (cur_) cur_->ended = true;
      if (loose_) pending_.clear();  // cover lines before it head nothing
      return;
    }
    pending_.push_back(&b);
  }

  void OnParagraph(Block& b) {
    const std::string_view head = std::string_view(b.text).substr(0, 160);
    const std::optional<article::Dateline> dateline =
        article::MayOpenDateline(head) ? article::ParseDateline(NormalizeText(head)) : std::nullopt;
    if (cur_ && IsEditorsNote(b.text)) {  // ■ 编后 belongs to the article before it
      cur_->paragraphs.push_back(std::move(b.text));
      return;
    }
    if (!pending_.empty()) {
      const bool markdown = std::any_of(pending_.begin(), pending_.end(), [](const Block* h) { return h->level > 0; });
      // Headlines after a dateline article's closing byline belong to it
      // when it has none and the next article opens with its own dateline.
      if (loose_ && cur_ && cur_->byline_on_top && cur_->paragraphs.empty()) {
        // Lines between a magazine byline and the body: the author's post.
        for (const Block* h : pending_) cur_->paragraphs.push_back(h->text);
        pending_.clear();
      } else if (!markdown && cur_ && cur_->ended && cur_->headlines.empty() && cur_->dateline && dateline) {
        cur_->headlines = std::move(pending_);
        pending_.clear();
        Start();
      } else if (!cur_ || cur_->ended || markdown || (dateline && HasBody(*cur_)) || cur_->paragraphs.empty() ||
                 std::any_of(pending_.begin(), pending_.end(), [](const Block* h) { return h->news_headline; }) ||
                 (loose_ && OpensItem(b.text))) {
        Start();
      } else if (loose_ && cur_->byline_on_top && OnlyCaptions(cur_->headlines) &&
                 HasTitleGroup(pending_)) {
        cur_->headlines = std::move(pending_);  // a feature opened under a photo caption: its headline comes later
        pending_.clear();
      } else if (loose_ && cur_->byline_on_top && cur_->headlines.empty() && IsDisplayGroup()) {
        cur_->headlines = std::move(pending_);  // a feature's headline set inside its body
        pending_.clear();
      } else {
        for (const Block* h : pending_) cur_->paragraphs.push_back(h->text);  // in-text subheadings
        pending_.clear();
      }
    } else if (!cur_ || cur_->ended || (dateline && HasBody(*cur_)) || IsJumpMarker(b.text)) {
      Start();
    }
    if (cur_->paragraphs.empty() && dateline) cur_->dateline = dateline;
    if (cur_->paragraphs.empty()) cur_->lead_under_headline = b.blank_before == 0;
    cur_->paragraphs.push_back(std::move(b.text));
  }

  void OnByline(const Block& b) {
    if (loose_ && b.byline.photo && cur_ && !cur_->paragraphs.empty()) {
      AddAuthors(b);  // a photo credit inside a feature neither opens nor closes it
      return;
    }
    if (!pending_.empty() || !cur_ || (cur_->ended && !cur_->paragraphs.empty()) ||
        (b.byline.marked && !cur_->paragraphs.empty())) {
      Start();
    } else if (!cur_->paragraphs.empty()) {
      cur_->ended = true;  // a closing byline
    }
    if (b.byline.marked && cur_->paragraphs.empty()) cur_->byline_on_top = true;
    AddAuthors(b);
  }

  void AddAuthors(const Block& b) {
    for (const std::string& name : b.byline.names) {
      if (std::find(cur_->authors.begin(), cur_->authors.end(), name) == cur_->authors.end()) cur_->authors.push_back(name);
    }
    if (b.byline.outlet && !cur_->outlet) cur_->outlet = b.byline.outlet;
  }

  // Where blank lines say nothing (a blank after every line), headlines that
  // open a new item: display type printed doubled (unless the current feature
  // still lacks its headline), the next item of a box of short news, or a
  // news lead that opens with its date.
  bool OpensItem(const std::string& paragraph) const {
    // A feature opens with a doubled headline and photo caption; a lone
    // doubled line inside a body is a caption.
    const auto doubled = std::count_if(pending_.begin(), pending_.end(), [](const Block* h) { return h->doubled; });
    if (doubled >= 2) return !(cur_->byline_on_top && cur_->headlines.empty());
    if (cur_->byline_on_top || cur_->display) return false;
    const bool news_headline = std::any_of(pending_.begin(), pending_.end(), [](const Block* h) {
      const std::u32string t = DecodeUtf8(h->text);
      return std::count_if(t.begin(), t.end(), IsHan) >= 5;
    });
    return article::OpensWithTime(paragraph) ||
           (news_headline && !cur_->headlines.empty() && BodyBytes(*cur_) < kShortItemBytes);
  }

  // Headlines that are all display type (doubled) are photo captions when a
  // kicked headline turns up later in the body.
  static bool OnlyCaptions(const std::vector<const Block*>& headlines) {
    return std::all_of(headlines.begin(), headlines.end(), [](const Block* h) { return h->doubled; });
  }

  // Kicker and headline (two lines or more), or display type.
  bool IsDisplayGroup() const {
    return pending_.size() >= 2 || std::any_of(pending_.begin(), pending_.end(), [](const Block* h) { return h->doubled; });
  }

  static constexpr std::size_t kShortItemBytes = 900;  // about 300 characters

  const PageOptions& options_;
  const bool loose_;
  std::vector<Draft> drafts_;
  Draft* cur_ = nullptr;
  std::vector<const Block*> pending_;
};

void AssignHeadlines(const Draft& d, Article* a) {
  const NormalizeOptions keep{true};
  std::vector<const Block*> mains, others;
  for (const Block* h : d.headlines) (IsMarkdownMain(h) ? mains : others).push_back(h);
  if (const auto k = mains.empty() ? FindKicked(others) : std::nullopt) {
    a->title = NormalizeText(others[k->title]->text, keep);  // with a name kicker: the kicker is the subtitle
    a->subtitle = NormalizeText(article::Trim(others[k->kicker]->text), keep);
    return;
  }
  if (mains.empty()) {
    // A letter-spaced line is the main title (with the line printed right
    // under it); the kicker over it is the subtitle.
    const auto spaced = std::find_if(others.begin(), others.end(), IsLetterSpaced);
    if (spaced != others.end()) {
      std::string title = NormalizeText((*spaced)->text, keep);
      const auto next = spaced + 1;
      const bool continued = next != others.end() && (*next)->blank_before == 0 && !IsSubtitleLine(*next);
      if (continued) title += " " + NormalizeText((*next)->text, keep);
      a->title = title;
      if (spaced != others.begin()) a->subtitle = NormalizeText(others.front()->text, keep);
      else if (next + continued < others.end()) a->subtitle = NormalizeText((*(next + continued))->text, keep);
      return;
    }
    // Plain headlines: a line opening with —— is the subtitle; the first other
    // is the title, unless the lead sits right under the last one while a
    // blank sets that one apart from the kicker above it.
    std::vector<const Block*> plain;
    for (const Block* h : others) {
      if (!IsSubtitleLine(h)) plain.push_back(h);
    }
    const bool on_lead = d.headed && d.lead_under_headline && plain.size() >= 2 && plain.back() == others.back() &&
                         plain.back()->blank_before > 0 && !plain.back()->doubled;
    if (!plain.empty()) mains.push_back(on_lead ? plain.back() : plain.front());
    std::erase(others, mains.empty() ? nullptr : mains.front());
  }
  if (!mains.empty()) a->title = NormalizeText(mains.front()->text, keep);
  if (!others.empty()) a->subtitle = NormalizeText(others.front()->text, keep);
}

// YYYY-MM-DD from --date, else from a dated dateline with a year in the text.
std::optional<std::string> ArticleDate(const Draft& d, const std::string& text, const PageOptions& options) {
  if (options.date) return options.date;
  if (!d.dateline || d.dateline->month == 0) return std::nullopt;
  const std::size_t at = text.find("年");
  if (at == std::string::npos || at < 4) return std::nullopt;
  const std::string year = text.substr(at - 4, 4);
  if (!std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d-%02d", year.c_str(), d.dateline->month, d.dateline->day);
  return std::string(buf);
}

Article Finish(const Draft& d, const PageOptions& options) {
  Article a;
  for (const std::string& p : d.paragraphs) {
    std::string n = NormalizeText(p);
    if (n.empty()) continue;
    if (!a.text.empty()) a.text += '\n';
    a.text += n;
  }
  AssignHeadlines(d, &a);
  a.authors = d.authors;
  a.outlet = d.outlet ? d.outlet : (d.dateline ? d.dateline->outlet : std::nullopt);
  a.date = ArticleDate(d, a.text, options);
  return a;
}

// A page too short to hold an article body (one line of a note, a lone
// headline or byline) is still someone's text: it is kept whole as the text
// of one article, with the byline and source the splitter found, if it holds
// a letter or digit.
std::optional<Article> WholeNote(std::string_view page, const std::vector<Draft>& drafts, const PageOptions& options) {
  Article a;
  while (!page.empty()) {
    const std::size_t nl = std::min(page.find('\n'), page.size());
    std::string line = NormalizeText(page.substr(0, nl));
    page.remove_prefix(std::min(nl + 1, page.size()));
    if (line.empty()) continue;
    if (!a.text.empty()) a.text += '\n';
    a.text += line;
  }
  // Punctuation, control bytes or U+FFFD alone are no note.
  const std::u32string chars = DecodeUtf8(a.text);
  if (std::none_of(chars.begin(), chars.end(), [](char32_t c) { return u_isalnum(static_cast<UChar32>(c)); })) {
    return std::nullopt;
  }
  for (const Draft& d : drafts) {
    for (const std::string& name : d.authors)
      if (std::find(a.authors.begin(), a.authors.end(), name) == a.authors.end()) a.authors.push_back(name);
    if (!a.outlet) a.outlet = d.outlet ? d.outlet : (d.dateline ? d.dateline->outlet : std::nullopt);
  }
  a.date = options.date;
  return a;
}

}  // namespace

std::vector<Article> SplitPage(std::string_view text, const PageOptions& options) {
  article::PageBlocks page = article::ReadBlocks(text);
  std::vector<Draft> drafts = Splitter(options, page.loose).Run(page.blocks);
  if (options.one_article && drafts.size() > 1) {
    Draft whole = std::move(drafts.front());
    for (std::size_t i = 1; i < drafts.size(); ++i) {
      for (const Block* h : drafts[i].headlines) whole.paragraphs.push_back(h->text);
      whole.paragraphs.insert(whole.paragraphs.end(), drafts[i].paragraphs.begin(), drafts[i].paragraphs.end());
      for (const std::string& a : drafts[i].authors) {
        if (std::find(whole.authors.begin(), whole.authors.end(), a) == whole.authors.end()) whole.authors.push_back(a);
      }
    }
    drafts.assign(1, std::move(whole));
  }
  std::vector<Article> articles;
  for (const Draft& d : drafts) {
    Article a = Finish(d, options);
    if (!a.text.empty()) articles.push_back(std::move(a));
  }
  if (articles.empty()) {
    if (std::optional<Article> note = WholeNote(text, drafts, options)) articles.push_back(std::move(*note));
  }
  return articles;
}

Json Article::ToJson() && {
  // Strings move into the record: a writer that is done with the article
  // saves a copy of its text.
  auto opt = [](std::optional<std::string>& s) { return s ? Json(std::move(*s)) : Json(nullptr); };
  const std::size_t chars = CodePointCount(text);
  Json j;
  j["id"] = std::move(id);
  j["source"] = std::move(source);
  j["title"] = opt(title);
  j["subtitle"] = opt(subtitle);
  j["authors"] = std::move(authors);
  j["outlet"] = opt(outlet);
  j["date"] = opt(date);
  j["text"] = std::move(text);
  j["chars"] = chars;
  j["encoding"] = std::move(encoding);
  if (converted_t2s) j["converted"] = "t2s";
  if (url) j["url"] = std::move(*url);
  if (!meta.empty()) j["meta"] = std::move(meta);
  return j;
}

Json Article::ToJson() const& {
  auto opt = [](const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); };
  Json j;
  j["id"] = id;
  j["source"] = source;
  j["title"] = opt(title);
  j["subtitle"] = opt(subtitle);
  j["authors"] = authors;
  j["outlet"] = opt(outlet);
  j["date"] = opt(date);
  j["text"] = text;
  j["chars"] = CodePointCount(text);
  j["encoding"] = encoding;
  if (converted_t2s) j["converted"] = "t2s";
  if (url) j["url"] = *url;
  if (!meta.empty()) j["meta"] = meta;
  return j;
}

}  // namespace zhcorpus
