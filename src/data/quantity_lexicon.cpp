#include "data/quantity_lexicon.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace briefing::data::lexicon {

namespace {

template <typename Value, std::size_t N>
std::optional<Value> find(const std::pair<std::string_view, Value> (&table)[N],
                          std::string_view key) {
  for (const auto& [name, value] : table)
    if (name == key) return value;
  return std::nullopt;
}

template <std::size_t N>
bool contains(const std::string_view (&words)[N], std::string_view key) {
  return std::find(std::begin(words), std::end(words), key) != std::end(words);
}

constexpr std::pair<std::string_view, std::int64_t> cardinals[] = {
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},  {"ninety", 90},
};

constexpr std::int64_t kThousand = 1000, kMillion = kThousand * 1000, kBillion = kMillion * 1000,
                       kTrillion = kBillion * 1000;

constexpr std::pair<std::string_view, std::int64_t> scales[] = {
    {"hundred", 100},        {"thousand", kThousand}, {"million", kMillion}, {"billion", kBillion},
    {"trillion", kTrillion}, {"trăm", 100},           {"nghìn", kThousand},  {"ngàn", kThousand},
    {"triệu", kMillion},     {"tỷ", kBillion},        {"tỉ", kBillion},
};

constexpr std::pair<std::string_view, int> ordinals[] = {
    {"first", 1},         {"second", 2},          {"third", 3},       {"fourth", 4},
    {"fifth", 5},         {"sixth", 6},           {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},         {"tenth", 10},          {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},   {"fourteenth", 14},     {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17},  {"eighteenth", 18},     {"nineteenth", 19}, {"twentieth", 20},
    {"thirtieth", 30},    {"fortieth", 40},       {"fiftieth", 50},   {"sixtieth", 60},
    {"seventieth", 70},   {"eightieth", 80},      {"ninetieth", 90},  {"hundredth", 100},
    {"thousandth", 1000}, {"millionth", 1000000},
};

constexpr std::pair<std::string_view, TimeUnit> time_units[] = {
    {"second", {"seconds", 1}},    {"seconds", {"seconds", 1}},  {"minute", {"minutes", 1}},
    {"minutes", {"minutes", 1}},   {"hour", {"hours", 1}},       {"hours", {"hours", 1}},
    {"day", {"days", 1}},          {"days", {"days", 1}},        {"night", {"nights", 1}},
    {"nights", {"nights", 1}},     {"week", {"weeks", 1}},       {"weeks", {"weeks", 1}},
    {"fortnight", {"weeks", 2}},   {"fortnights", {"weeks", 2}}, {"month", {"months", 1}},
    {"months", {"months", 1}},     {"year", {"years", 1}},       {"years", {"years", 1}},
    {"decade", {"years", 10}},     {"decades", {"years", 10}},   {"century", {"years", 100}},
    {"centuries", {"years", 100}}, {"giây", {"seconds", 1}},     {"phút", {"minutes", 1}},
    {"giờ", {"hours", 1}},         {"ngày", {"days", 1}},        {"tuần", {"weeks", 1}},
    {"tháng", {"months", 1}},      {"năm", {"years", 1}},
};

constexpr std::pair<std::string_view, int> months[] = {
    {"January", 1},   {"February", 2},  {"March", 3},  {"April", 4},     {"May", 5},
    {"June", 6},      {"July", 7},      {"August", 8}, {"September", 9}, {"October", 10},
    {"November", 11}, {"December", 12}, {"Jan", 1},    {"Feb", 2},       {"Mar", 3},
    {"Apr", 4},       {"Jun", 6},       {"Jul", 7},    {"Aug", 8},       {"Sep", 9},
    {"Sept", 9},      {"Oct", 10},      {"Nov", 11},   {"Dec", 12},
};

constexpr std::pair<std::string_view, std::string_view> codes[] = {
    {"USD", "USD"}, {"VND", "VND"}, {"VNĐ", "VND"}, {"VNÐ", "VND"}, {"EUR", "EUR"}, {"CNY", "CNY"},
    {"RMB", "CNY"}, {"JPY", "JPY"}, {"GBP", "GBP"}, {"KRW", "KRW"}, {"THB", "THB"}, {"SGD", "SGD"},
    {"AUD", "AUD"}, {"HKD", "HKD"}, {"TWD", "TWD"}, {"INR", "INR"}, {"RUB", "RUB"}, {"LAK", "LAK"},
    {"KHR", "KHR"}, {"MYR", "MYR"}, {"IDR", "IDR"}, {"CAD", "CAD"}, {"CHF", "CHF"}, {"NZD", "NZD"},
    {"BRL", "BRL"}, {"PHP", "PHP"},
};

constexpr std::pair<std::string_view, std::string_view> symbols[] = {
    {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"},
    {"₫", "VND"}, {"¥", "CNY"},  // the yuan in the briefs' region; write JPY to mean the yen
};

constexpr std::pair<std::string_view, std::string_view> dollar_prefixes[] = {
    {"US", "USD"}, {"S", "SGD"}, {"A", "AUD"},  {"HK", "HKD"},
    {"NT", "TWD"}, {"C", "CAD"}, {"NZ", "NZD"},
};

constexpr std::pair<std::string_view, std::string_view> names[] = {
    {"dollar", "USD"}, {"dollars", "USD"}, {"usd", "USD"},   {"đồng", "VND"}, {"dong", "VND"},
    {"vnd", "VND"},    {"vnđ", "VND"},     {"đ", "VND"},     {"yuan", "CNY"}, {"renminbi", "CNY"},
    {"rmb", "CNY"},    {"euro", "EUR"},    {"euros", "EUR"}, {"yen", "JPY"},  {"baht", "THB"},
    {"rupees", "INR"}, {"roubles", "RUB"},
};

constexpr std::pair<std::string_view, std::string_view> measures[] = {
    {"km", "km"},          {"kilometres", "km"}, {"kilometers", "km"}, {"kilometre", "km"},
    {"kilometer", "km"},   {"metres", "m"},      {"meters", "m"},      {"metre", "m"},
    {"meter", "m"},        {"cm", "cm"},         {"mm", "mm"},         {"ha", "ha"},
    {"hectares", "ha"},    {"hectare", "ha"},    {"tonnes", "t"},      {"tonne", "t"},
    {"tons", "t"},         {"ton", "t"},         {"kg", "kg"},         {"kilograms", "kg"},
    {"kilogrammes", "kg"}, {"litres", "l"},      {"liters", "l"},      {"mw", "MW"},
    {"gw", "GW"},          {"kw", "kW"},         {"kwh", "kWh"},       {"mwh", "MWh"},
    {"gwh", "GWh"},        {"teu", "TEU"},       {"teus", "TEU"},      {"mbps", "Mbps"},
    {"megawatts", "MW"},
};

constexpr std::string_view function_words[] = {
    "in",      "on",     "at",      "to",      "from",    "by",           "with",    "of",
    "for",     "into",   "over",    "under",   "than",    "as",           "about",   "since",
    "until",   "during", "between", "among",   "through", "after",        "before",  "within",
    "per",     "and",    "or",      "but",     "nor",     "so",           "yet",     "while",
    "when",    "where",  "which",   "who",     "whom",    "whose",        "that",    "the",
    "a",       "an",     "this",    "these",   "those",   "it",           "its",     "they",
    "their",   "he",     "she",     "we",      "i",       "you",          "is",      "are",
    "was",     "were",   "be",      "been",    "being",   "has",          "have",    "had",
    "will",    "would",  "can",     "could",   "may",     "might",        "should",  "must",
    "do",      "does",   "did",     "also",    "more",    "less",         "then",    "now",
    "up",      "down",   "ago",     "earlier", "later",   "respectively", "against", "across",
    "along",   "behind", "beyond",  "despite", "except",  "near",         "onto",    "toward",
    "towards", "upon",   "via",     "without", "amid",    "below",        "above",   "like",
    "unlike",  "around", "each",    "every",   "both",    "all",
};

constexpr std::string_view identifier_words[] = {
    "no",      "nos",        "number",    "item",     "photo",    "image",    "slide",  "article",
    "decree",  "resolution", "directive", "circular", "decision", "dispatch", "clause", "chapter",
    "section", "route",      "highway",   "terminal", "room",     "page",     "law",    "phase",
    "line",    "gate",       "lot",       "block",    "version",  "pier",
};

}  // namespace

std::optional<std::int64_t> cardinal(std::string_view word) { return find(cardinals, word); }

std::optional<std::int64_t> scale(std::string_view word) { return find(scales, word); }

std::optional<std::int64_t> scale_abbreviation(std::string_view word, bool after_currency) {
  if (word == "bn" || word == "bln") return kBillion;
  if (word == "tn" || word == "trn") return kTrillion;
  if (!after_currency) return std::nullopt;
  if (word == "m" || word == "mn" || word == "mln") return kMillion;
  if (word == "k") return kThousand;
  if (word == "b") return kBillion;
  if (word == "tr") return kMillion;  // triệu
  return std::nullopt;
}

bool spaced_scale_abbreviation(std::string_view word) {
  for (std::string_view w : {"bn", "bln", "mn", "mln", "tn", "trn", "m", "k", "b", "tr"})
    if (word == w) return true;
  return false;
}

std::optional<int> ordinal(std::string_view word) { return find(ordinals, word); }

std::optional<int> fraction_denominator(std::string_view word) {
  if (word == "half") return 2;
  if (word == "quarter" || word == "quarters") return 4;
  if (word.ends_with('s')) word.remove_suffix(1);
  // "a third", "two fifths", "one tenth": ordinals name the other fractions ("second" does not).
  auto n = ordinal(word);
  if (!n || *n < 3) return std::nullopt;
  return *n;
}

std::optional<TimeUnit> time_unit(std::string_view word) { return find(time_units, word); }

std::optional<int> month(std::string_view word) { return find(months, word); }

std::optional<std::string_view> currency_code(std::string_view text) { return find(codes, text); }

std::optional<std::string_view> currency_symbol(std::string_view text) {
  return find(symbols, text);
}

std::optional<std::string_view> currency_name(std::string_view word) { return find(names, word); }

std::optional<std::string_view> dollar_prefix(std::string_view text) {
  return find(dollar_prefixes, text);
}

std::optional<std::string_view> measure_unit(std::string_view word) { return find(measures, word); }

bool is_function_word(std::string_view word) { return contains(function_words, word); }

bool is_identifier_word(std::string_view word) { return contains(identifier_words, word); }

}  // namespace briefing::data::lexicon
