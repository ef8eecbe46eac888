#include "layout/footnotes.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace briefing::layout {

namespace {

constexpr double kEpsilon = 0.01;

using Marker = model::Footnotes::Marker;
using Numbering = model::Footnotes::Numbering;

// Superscript digits, and superscript letters (no q has one; "a" follows "z" doubled): a note's
// marker reads as a note, never as a power of the number before it.
std::string superscript_number(int number) {
  static constexpr std::array<std::string_view, 10> digits = {
      "\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
      "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string text;
  for (char c : std::to_string(number)) text += digits[std::size_t(c - '0')];
  return text;
}

std::string repeated(std::string_view sign, int times) {
  std::string text;
  for (int k = 0; k < times; ++k) text += sign;
  return text;
}

std::string superscript_letter(int number) {
  static constexpr std::array<std::string_view, 25> letters = {
      "\u1D43", "\u1D47", "\u1D9C", "\u1D48", "\u1D49", "\u1DA0", "\u1D4D", "\u02B0", "\u2071",
      "\u02B2", "\u1D4F", "\u02E1", "\u1D50", "\u207F", "\u1D52", "\u1D56", "\u02B3", "\u02E2",
      "\u1D57", "\u1D58", "\u1D5B", "\u02B7", "\u02E3", "\u02B8", "\u1DBB"};
  int k = number - 1;
  return repeated(letters[std::size_t(k) % letters.size()], k / int(letters.size()) + 1);
}

std::string symbol(int number) {
  static constexpr std::array<std::string_view, 6> signs = {"*",      "\u2020", "\u2021",
                                                            "\u00A7", "\u2016", "\u00B6"};
  int k = number - 1;
  return repeated(signs[std::size_t(k) % signs.size()], k / int(signs.size()) + 1);
}

std::string marker_text(Marker kind, int number) {
  switch (kind) {
    case Marker::letter:
      return superscript_letter(number);
    case Marker::symbol:
      return symbol(number);
    case Marker::number:
      break;
  }
  return superscript_number(number);
}

}  // namespace

FootnoteArea::FootnoteArea(const model::Footnotes& notes, const BlockContext& ctx)
    : style_(notes.style.value_or(model::Style{})),
      kind_(notes.marker),
      numbering_(notes.numbering),
      rule_(notes.rule),
      fonts_(ctx.fonts) {
  leading_ = style_.leading;
  gap_ = style_.space_before;
  separator_ = leading_;
  baseline_ = baseline_offset(ctx.fonts, style_);
  // The markers hang in the margin of the notes' text, two signs wide.
  indent_ = plain_width(ctx.fonts, style_, marker_text(kind_, 22)) + style_.size * 0.35;
  lines_.reserve(notes.notes.size());
  for (const model::Footnote& note : notes.notes)
    lines_.push_back(set_text(ctx, style_, note.runs, ctx.width - indent_, 0));
}

double FootnoteArea::area_height() const {
  if (placed_.empty()) return 0;
  double height = separator_ + gap_ * double(placed_.size() - 1);
  for (const PlacedNote& p : placed_) height += double(p.end - p.first) * leading_;
  return height;
}

bool FootnoteArea::on_page(int note) const {
  return std::any_of(placed_.begin(), placed_.end(),
                     [&](const PlacedNote& p) { return p.note == note && p.box >= 0; });
}

void FootnoteArea::add(int note, std::size_t from, std::size_t end, int box, double& limit) {
  limit -= (placed_.empty() ? separator_ : gap_) + double(end - from) * leading_;
  placed_.push_back(PlacedNote{note, from, end, 0, box});
}

void FootnoteArea::start_page(const PageDraft& draft, double top, double& limit) {
  continued_ = false;
  if (incoming_) {
    auto [note, from] = *incoming_;
    incoming_.reset();
    std::size_t n = lines_[std::size_t(note)].size();
    double left = limit - top - separator_;
    std::size_t fit = left > 0 ? std::size_t((left + kEpsilon) / leading_) : 0;
    std::size_t end = n;
    if (from + fit < n) {
      // Two lines stay for the page after, as two lines of a paragraph do.
      end = from + (n - from >= 2 ? std::min(fit, n - from - 2) : 0);
      if (end == from) end = from + fit;
      // A frame too shallow for a line of notes still takes one, so that the pages end.
      if (end == from && draft.boxes.empty()) end = from + 1;
    }
    if (end < n) {
      outgoing_ = Continued{note, end};
      split_ = true;
    }
    if (end > from) {
      add(note, from, end, -1, limit);
      continued_ = true;
    }
  }
  for (const PlacedBox& placed : draft.boxes) take(*placed.box, placed.index, top, limit, true);
}

bool FootnoteArea::take(const VBox& b, int index, double bottom, double& limit, bool force) {
  if (b.content.slots.empty() || index < 0) return true;
  std::vector<int> notes;
  for (const PageSlot& slot : b.content.slots)
    if (slot.note >= 0 && !on_page(slot.note) &&
        std::find(notes.begin(), notes.end(), slot.note) == notes.end())
      notes.push_back(slot.note);
  if (notes.empty()) return true;
  // A note continued on the next page must be the last on this one.
  if (split_ && !force) return false;
  const std::size_t before = placed_.size();
  auto head = [&](std::size_t k) { return before + k == 0 ? separator_ : gap_; };
  double need = 0;
  for (std::size_t k = 0; k + 1 < notes.size(); ++k) need += head(k) + height(notes[k]);
  const int last = notes.back();
  const std::size_t n = lines_[std::size_t(last)].size();
  const double room = limit - bottom - need - head(notes.size() - 1);
  std::size_t end = n;
  if (height(last) > room + kEpsilon) {
    // Its first lines here, two at least, and two at least for the next page.
    std::size_t fit = room > 0 ? std::size_t((room + kEpsilon) / leading_) : 0;
    end = std::min(fit, n >= 2 ? n - 2 : 0);
    if (end < 2 && !force) return false;
  }
  for (std::size_t k = 0; k + 1 < notes.size(); ++k)
    add(notes[k], 0, lines_[std::size_t(notes[k])].size(), index, limit);
  if (end < n) {
    outgoing_ = Continued{last, end};
    split_ = true;
  }
  if (end > 0) add(last, 0, end, index, limit);
  return true;
}

double FootnoteArea::restore(const Mark& at) {
  placed_.resize(at.placed);
  if (!at.split && split_) outgoing_.reset();
  split_ = at.split;
  return at.limit;
}

void FootnoteArea::end_page(PageDraft& draft, double frame_height, std::size_t foot_first,
                            std::size_t foot_end) {
  if (!placed_.empty()) {
    const double height = area_height();
    double y = frame_height - height;
    draft.rule_y = y + separator_ * 0.4;
    y += separator_;
    for (std::size_t k = 0; k < placed_.size(); ++k) {
      if (k > 0) y += gap_;
      placed_[k].y = y;
      y += double(placed_[k].end - placed_[k].first) * leading_;
    }
    for (std::size_t k = foot_first; k < foot_end; ++k) draft.boxes[k].y -= height;
    draft.notes = std::move(placed_);
  }
  placed_.clear();
  incoming_ = outgoing_;
  outgoing_.reset();
  split_ = false;
}

void FootnoteArea::number(const std::vector<PageDraft>& drafts, const std::vector<int>& level1) {
  numbers_.assign(drafts.size(), {});
  std::vector<std::pair<int, int>> scope;  // (note, number) numbered since the count restarted
  std::vector<int> latest(lines_.size(), 0);
  int section = -1;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (numbering_ == Numbering::page) scope.clear();
    for (const PlacedNote& p : drafts[i].notes) {
      int& last = latest[std::size_t(p.note)];
      if (p.box < 0 && last > 0) {
        numbers_[i].push_back({p.note, last});
        continue;
      }
      if (numbering_ == Numbering::section && !drafts[i].cover && p.box >= 0) {
        int s = int(std::upper_bound(level1.begin(), level1.end(), p.box) - level1.begin());
        if (s != section) scope.clear();
        section = s;
      }
      auto found = std::find_if(scope.begin(), scope.end(),
                                [&](const auto& entry) { return entry.first == p.note; });
      if (found == scope.end()) {
        scope.push_back({p.note, int(scope.size()) + 1});
        found = scope.end() - 1;
      }
      numbers_[i].push_back(*found);
      last = found->second;
    }
  }
  latest_ = std::move(latest);
}

std::string FootnoteArea::marker(std::size_t page, int note) const {
  for (const auto& [n, number] : numbers_[page])
    if (n == note) return marker_text(kind_, number);
  // A table header repeated on a later page prints the number its notes had where they printed.
  int number = latest_[std::size_t(note)];
  return marker_text(kind_, number > 0 ? number : 1);
}

void FootnoteArea::draw(std::size_t page, const PageDraft& draft, double left, double top,
                        double width, Content& out) const {
  if (draft.notes.empty()) return;
  if (rule_ > 0) {
    double y = top + draft.rule_y;
    out.items.push_back(Stroke{left, y, left + std::min(width / 3, 144.0), y, rule_, style_.color});
  }
  for (const PlacedNote& p : draft.notes) {
    double y = top + p.y;
    if (p.first == 0) {
      std::string sign = marker(page, p.note);
      double w = plain_width(fonts_, style_, sign);
      draw_plain(fonts_, style_, sign, left + indent_ - style_.size * 0.35 - w, y + baseline_,
                 out.items);
    }
    const auto& lines = lines_[std::size_t(p.note)];
    for (std::size_t k = p.first; k < p.end; ++k, y += leading_)
      draw_line(lines[k], left + indent_, y + baseline_, out);
  }
}

}  // namespace briefing::layout
