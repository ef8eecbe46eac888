#pragma once
// Data stage: articles -> sentences -> quantity candidates; curated facts and series (facts.xml)
// checked against the sentences they quote. Nothing leaves this stage unverified: a Fact carries
// the verdict of its check, and binding refuses facts whose check failed.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.hpp"
#include "base/diag.hpp"
#include "base/period.hpp"

namespace briefing::data {

// ---- Articles ---------------------------------------------------------------------------------

enum class Zone { body, caption, sidebar };  // sidebar: "See more" teasers, bylines, boilerplate
std::string_view zone_name(Zone zone);

struct Sentence {
  std::string text;        // NFC, whitespace as in the article
  std::size_t offset = 0;  // byte offset of the sentence in the article file
  Zone zone = Zone::body;
  Location where;  // file:line:col of the sentence start
};

struct Article {
  std::string path;                 // as given
  std::string id;                   // file name without folder, e.g. 000_ef800536a43f2dca.txt
  std::string text;                 // the file's bytes (valid UTF-8)
  std::string headline;             // first body line that reads as a headline, may be empty
  std::string date;                 // ISO yyyy-mm-dd if the article states one, else empty
  std::vector<Sentence> sentences;  // in order
};

// Reads and segments an article. Errors (with file:line:col): not UTF-8 (naming the byte
// offset), empty, unreadable.
std::optional<Article> read_article(const std::string& path, Diagnostics& diags);

// ---- Quantities -------------------------------------------------------------------------------

enum class Kind { money, percent, count, ratio, duration, ordinal, date };
std::string_view kind_name(Kind kind);

// What a figure is in its sentence: a level or share (none), or a change with its sign ("rose
// 4%", "exports dropped 4 per cent", "giảm 4%").
enum class Change { none, up, down };
std::string_view change_name(Change change);  // "", "up", "down"

struct Quantity {
  Kind kind = Kind::count;
  std::string as_written;  // exact text span, e.g. "USD 3.4 billion", "over 20,000"
  Decimal value;           // normalised: 3.4e9, 20000, 24.1 (percent), 10 ("ten times")
  std::string unit;        // "USD", "VND", "%", "children per woman", "times", "years", "" ...
  std::string qualifier;   // normalised: over, nearly, more than, approximately, at least,
                           // record, exceeded, up to, around, less than; "" if none
  // "2025", "2025-01/2025-11", "2024-Q1"...; a date's own day or month; none if the text gives
  // none.
  std::optional<Period> period;
  // The period is read relative to the article's date ("this year", "the first 11 months"); it
  // is none or lacks its year ("--01/--11") when the article has no date.
  bool period_relative = false;
  std::size_t offset = 0;  // byte offset of as_written within the sentence
  // A range ("12–15%", "between 12 and 15 percent", "2–3 million") is one quantity: `value` is
  // its lower end, `upper` its upper one.
  std::optional<Decimal> upper{};
  Change change = Change::none;
  std::string change_word{};  // the word that gives the sign, as written: "dropped", "tăng"
};

// Every quantity stated in one sentence. `article_date` (ISO, may be empty) resolves relative
// periods such as "the first six months of the year".
std::vector<Quantity> find_quantities(std::string_view sentence, std::string_view article_date);

struct Candidate {
  std::string file;        // article path
  std::size_t offset = 0;  // byte offset of the quantity in the article
  Quantity quantity;
  std::string subject;  // a short subject phrase ("bilateral trade", "Vietnamese students")
  std::string quote;    // the whole sentence
  Zone zone = Zone::body;
};

std::vector<Candidate> extract(const Article& article);

// ---- Curated facts and series (briefs/NAME/facts.xml) ---------------------------------------

struct Fact {
  std::string id, label;
  Kind kind = Kind::count;
  Decimal value;  // exact, as facts.xml writes it
  std::string unit, qualifier;
  std::optional<Period> period;  // none when facts.xml gives none
  std::string article;           // an article id from the brief's <sources>
  std::string quote;
  Location where;         // of the <fact> element
  bool verified = false;  // set by check_facts
  // zone="sidebar": quoted knowingly from a side panel printed beside the article (a "See more"
  // teaser), not from its own text; its citations say so.
  bool from_sidebar = false;
  bool from_caption = false;       // zone="caption": quoted knowingly from a photo caption
  std::optional<Decimal> upper{};  // to="15": the fact is the range value–upper
  Change change = Change::none;    // change="up|down": the figure is a change with this sign
  // A derived figure (<derived>): computed by `op` (sum, difference, share, ratio, change) from
  // the facts `inputs`, stated rounded to `round` decimals (-1: exactly); it quotes no article.
  std::string op{};
  std::vector<std::string> inputs{};
  int round = -1;
  bool is_derived() const { return !op.empty(); }
};

struct Point {
  Period period;
  Decimal value;
  std::string article, quote;
  Location where;
  bool verified = false;
};

struct Series {
  std::string id, label, unit;
  Kind kind = Kind::count;
  std::vector<Point> points;
  Location where;
  bool from_sidebar = false;  // as Fact::from_sidebar, for every point
  bool from_caption = false;  // as Fact::from_caption, for every point
};

// A series point as a fact, so that it is printed, listed and cited like one; its id is
// "SERIES@PERIOD".
Fact point_fact(const Series& series, const Point& point);

struct FactSheet {
  std::vector<Fact> facts;
  std::vector<Series> series;
  // In an edition (`--period`): the ids of the facts, and "SERIES@PERIOD" of the series points,
  // that the previous month's edition did not have: what was first reported in this period.
  std::set<std::string> new_in_period{};
  // In an edition: the ids of the facts and series it leaves out, dated after its period.
  std::set<std::string, std::less<>> left_out{};
  const Fact* fact(std::string_view id) const;
  const Series* find_series(std::string_view id) const;
};

// Reads facts.xml; article ids are resolved by the caller (see check_facts).
std::optional<FactSheet> read_facts(const std::string& path, Diagnostics& diags);

// Verifies every fact and point against its article (quote present after NFC and whitespace
// normalisation; the quote states the value, unit, qualifier and period) and marks it
// verified; reports conflicts. `articles` maps article id -> Article.
void check_facts(FactSheet& sheet, const std::map<std::string, Article>& articles,
                 Diagnostics& diags);

// ---- Provenance (briefing pin) -----------------------------------------------------------------

// What `briefing pin` recorded of an article: the SHA-256 of its bytes and its number of
// sentences (-1 when not recorded), at `where` (the brief's <article> element).
struct Pin {
  std::string sha256;
  int sentences = -1;
  Location where;
};

// An error at the pin when the article's bytes no longer hash to it, naming what changed: its
// number of sentences, and the quotes of the sheet's facts and points citing `article_id` that
// it no longer holds.
void check_pin(const std::string& article_id, const Article& article, const Pin& pin,
               const FactSheet& sheet, Diagnostics& diags);

// Verifies each derived figure: its inputs are known, verified, exact (no qualifier) facts of
// compatible kinds and units, and its value is the computation rounded as stated. Errors are at
// the <derived> element. Called by check_facts once the quoted facts are verified.
void check_derived(FactSheet& sheet, Diagnostics& diags);

// The fact as printed in a brief of language `lang` ("en": "nearly USD 172 billion";
// "vi": "gần 172 tỷ USD", decimal comma).
std::string format_fact(const Fact& fact, std::string_view lang);

}  // namespace briefing::data
