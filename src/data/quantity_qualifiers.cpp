// Qualifiers: the words just before a quantity that bound or colour it ("over 20,000", "nearly
// five years", "surpassed USD 250 billion", "a record 1.91"), normalised to one name each.
#include <vector>

#include "data/quantity_grammar.hpp"

namespace briefing::data {

namespace {

struct Phrase {
  std::vector<std::string_view> words;
  std::string_view name;
  bool adverb = true;
};

// Longer phrases first so that "more than" wins over "than"-less readings.
const std::vector<Phrase>& phrases() {
  static const std::vector<Phrase> table = {
      {{"no", "less", "than"}, "at least"},
      {{"no", "fewer", "than"}, "at least"},
      {{"a", "minimum", "of"}, "at least"},
      {{"a", "maximum", "of"}, "up to"},
      {{"in", "excess", "of"}, "more than"},
      {{"record", "high", "of"}, "record"},
      {{"as", "many", "as"}, "up to"},
      {{"as", "much", "as"}, "up to"},
      {{"more", "than"}, "more than"},
      {{"greater", "than"}, "more than"},
      {{"longer", "than"}, "more than"},
      {{"upwards", "of"}, "more than"},
      {{"less", "than"}, "less than"},
      {{"fewer", "than"}, "less than"},
      {{"shorter", "than"}, "less than"},
      {{"just", "under"}, "nearly"},
      {{"close", "to"}, "nearly"},
      {{"at", "least"}, "at least"},
      {{"up", "to"}, "up to"},
      {{"an", "estimated"}, "approximately"},
      {{"estimated", "at"}, "approximately"},
      {{"a", "record"}, "record"},
      {{"ít", "nhất"}, "at least"},
      {{"lên", "tới"}, "up to"},
      {{"lên", "đến"}, "up to"},
      {{"over"}, "over"},
      {{"above"}, "over"},
      {{"nearly"}, "nearly"},
      {{"almost"}, "nearly"},
      {{"approximately"}, "approximately"},
      {{"approx"}, "approximately"},
      {{"about"}, "approximately"},
      {{"roughly"}, "approximately"},
      {{"some"}, "approximately"},
      {{"circa"}, "approximately"},
      {{"around"}, "around"},
      {{"under"}, "less than"},
      {{"below"}, "less than"},
      {{"record"}, "record"},
      {{"hơn"}, "more than"},
      {{"trên"}, "over"},
      {{"gần"}, "nearly"},
      {{"khoảng"}, "approximately"},
      {{"dưới"}, "less than"},
      {{"exceeded"}, "exceeded", false},
      {{"exceeding"}, "exceeded", false},
      {{"exceeds"}, "exceeded", false},
      {{"surpassed"}, "exceeded", false},
      {{"surpassing"}, "exceeded", false},
      {{"surpasses"}, "exceeded", false},
      {{"topped"}, "exceeded", false},
      {{"topping"}, "exceeded", false},
      {{"tops"}, "exceeded", false},
  };
  return table;
}

// The phrase that ends just before token `end`, if any.
const Phrase* phrase_ending_at(const Tokens& t, std::size_t end) {
  for (const Phrase& phrase : phrases()) {
    std::size_t n = phrase.words.size();
    if (n > end) continue;
    bool same = true;
    for (std::size_t w = 0; w < n && same; ++w) {
      const Token& token = t[end - n + w];
      same = token.is(Token::Type::word) && token.lower == phrase.words[w];
    }
    if (same) return &phrase;
  }
  return nullptr;
}

// "structured around four themes", "talked about two issues": after these verbs the word is a
// preposition, not an estimate.
bool prepositional_verb(const Token& token) {
  static constexpr std::string_view verbs[] = {
      "structured", "centred", "centered", "built",    "organised", "organized", "revolves",
      "revolved",   "based",   "arranged", "grouped",  "focused",   "talked",    "spoke",
      "spoken",     "learned", "learnt",   "know",     "knew",      "thinking",  "thought",
      "concerned",  "worried", "asked",    "wondered", "cares",     "care"};
  for (std::string_view verb : verbs)
    if (token.is_word(verb)) return true;
  return false;
}

bool skippable(const Token& token) {
  return token.is_word("a") || token.is_word("an") || token.is_word("the") ||
         token.is_word("total") || token.is_word("of") || token.is_word("new");
}

}  // namespace

std::optional<Qualifier> read_qualifier(const Tokens& t, std::size_t first, Kind kind) {
  if (kind == Kind::date || kind == Kind::ordinal) return std::nullopt;
  std::size_t end = first;
  for (int skipped = 0; skipped <= 3 && end > 0; ++skipped) {
    if (const Phrase* phrase = phrase_ending_at(t, end)) {
      std::size_t start = end - phrase->words.size();
      // "medals over two years": "over" before a length of time is "during" unless a verb or
      // preposition asks for a length ("for over two years").
      bool over = phrase->name == "over";
      if (over && kind == Kind::duration &&
          !(start > 0 && (t[start - 1].is_word("for") || t[start - 1].is_word("of") ||
                          t[start - 1].is_word("after") || t[start - 1].is_word("lasting"))))
        return std::nullopt;
      bool preposition = (phrase->words[0] == "around" || phrase->words[0] == "about") &&
                         start > 0 && prepositional_verb(t[start - 1]);
      if (preposition) return std::nullopt;
      return Qualifier{start, std::string(phrase->name), phrase->adverb && end == first};
    }
    if (!skippable(t[end - 1])) return std::nullopt;
    --end;
  }
  return std::nullopt;
}

std::size_t trailing_qualifier_length(const Tokens& t, std::size_t last) {
  auto word = [&](std::size_t i, std::string_view w) { return i < t.size() && t[i].is_word(w); };
  bool joined = word(last, "or") || word(last, "and");
  bool bound = word(last + 1, "more") || word(last + 1, "above") || word(last + 1, "higher");
  return joined && bound ? 2 : 0;
}

}  // namespace briefing::data
