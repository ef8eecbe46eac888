#include "base/bidi_controls.hpp"

#include <algorithm>

#include "base/unicode.hpp"

namespace briefing {

namespace {

constexpr char32_t kPdf = 0x202C, kPdi = 0x2069, kParagraphSeparator = 0x2029;

// Every control and U+2029 is E2 80 xx or E2 81 xx in UTF-8.
char32_t control_at(std::string_view utf8, std::size_t pos) {
  if (pos + 2 >= utf8.size() || utf8[pos] != '\xE2') return 0;
  auto second = static_cast<unsigned char>(utf8[pos + 1]);
  auto third = static_cast<unsigned char>(utf8[pos + 2]);
  if (second != 0x80 && second != 0x81) return 0;
  auto c = static_cast<char32_t>(0x2000 + ((second & 0x3F) << 6) + (third & 0x3F));
  bool embedding = c >= 0x202A && c <= 0x202E;
  bool isolate = c >= 0x2066 && c <= 0x2069;
  return embedding || isolate || c == kParagraphSeparator ? c : 0;
}

std::string name(char32_t c) {
  static constexpr std::string_view names[] = {
      "LEFT-TO-RIGHT EMBEDDING", "RIGHT-TO-LEFT EMBEDDING", "POP DIRECTIONAL FORMATTING",
      "LEFT-TO-RIGHT OVERRIDE",  "RIGHT-TO-LEFT OVERRIDE",  "LEFT-TO-RIGHT ISOLATE",
      "RIGHT-TO-LEFT ISOLATE",   "FIRST STRONG ISOLATE",    "POP DIRECTIONAL ISOLATE"};
  std::size_t index = c <= 0x202E ? c - 0x202A : c - 0x2066 + 5;
  return code_point_name(c) + " " + std::string(names[index]);
}

bool is_isolate(char32_t c) { return c >= 0x2066; }

struct Open {
  char32_t c = 0;
  std::size_t offset = 0;
};

class Checker {
 public:
  void control(char32_t c, std::size_t offset) {
    if (c == kParagraphSeparator) {
      close_all("in its paragraph");
    } else if (c == kPdf) {
      pop_embedding(offset);
    } else if (c == kPdi) {
      pop_isolate(offset);
    } else {
      open_.push_back({c, offset});
    }
  }

  std::vector<BidiControlProblem> finish() {
    close_all("in its paragraph");
    std::stable_sort(problems_.begin(), problems_.end(),
                     [](const auto& a, const auto& b) { return a.offset < b.offset; });
    return std::move(problems_);
  }

 private:
  // A PDF inside an isolate cannot close an embedding outside it (rule X7).
  void pop_embedding(std::size_t offset) {
    if (!open_.empty() && !is_isolate(open_.back().c)) {
      open_.pop_back();
      return;
    }
    problems_.push_back({offset, name(kPdf) + " closes nothing: no embedding or override is open" +
                                     (open_.empty() ? "" : " inside its isolate")});
  }

  // A PDI closes the embeddings still open inside its isolate as well (rule X6a).
  void pop_isolate(std::size_t offset) {
    auto isolate = std::find_if(open_.rbegin(), open_.rend(),
                                [](const Open& open) { return is_isolate(open.c); });
    if (isolate == open_.rend()) {
      problems_.push_back({offset, name(kPdi) + " closes nothing: no isolate is open"});
      return;
    }
    while (!is_isolate(open_.back().c)) {
      unclosed(open_.back(), "inside its isolate");
      open_.pop_back();
    }
    open_.pop_back();
  }

  void close_all(std::string_view where) {
    for (const Open& open : open_) unclosed(open, where);
    open_.clear();
  }

  void unclosed(const Open& open, std::string_view where) {
    char32_t closer = is_isolate(open.c) ? kPdi : kPdf;
    problems_.push_back({open.offset, name(open.c) + " has no matching " + name(closer) + " " +
                                          std::string(where)});
  }

  std::vector<Open> open_;
  std::vector<BidiControlProblem> problems_;
};

}  // namespace

std::vector<BidiControlProblem> bidi_control_problems(std::string_view utf8) {
  Checker checker;
  for (auto pos = utf8.find('\xE2'); pos != std::string_view::npos;
       pos = utf8.find('\xE2', pos + 1)) {
    if (char32_t c = control_at(utf8, pos)) checker.control(c, pos);
  }
  return checker.finish();
}

}  // namespace briefing
