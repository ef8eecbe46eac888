#include "chart/text.hpp"

#include <algorithm>

namespace briefing::chart {

double Texts::width(const TextLook& look, std::string_view text) const {
  return fonts_.measure(look.face, text, look.size);
}

// Descenders stay inside the line box (a chart's last note line ends at the frame's edge); the
// accents of Vietnamese capitals use the room above the cap height.
double Texts::baseline(const TextLook& look) const { return look.leading() - descent(look); }

double Texts::cap(const TextLook& look) const { return fonts_.cap_height(look.face) * look.size; }

double Texts::descent(const TextLook& look) const {
  return -fonts_.descender(look.face) * look.size;
}

std::vector<std::string> Texts::wrap(const TextLook& look, std::string_view text,
                                     double width) const {
  std::vector<std::string> out;
  std::string current;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    std::string joined = current.empty() ? std::string(word) : current + " " + std::string(word);
    if (!current.empty() && this->width(look, joined) > width) {
      out.push_back(std::move(current));
      current = std::string(word);
    } else {
      current = std::move(joined);
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

double Texts::widest(const TextLook& look, const std::vector<std::string>& lines) const {
  double w = 0;
  for (const auto& line : lines) w = std::max(w, width(look, line));
  return w;
}

Rect Texts::line(const TextLook& look, std::string_view text, double x, double baseline,
                 Align align, std::vector<Item>& out) const {
  double w = width(look, text);
  if (align == Align::centre) x -= w / 2;
  if (align == Align::right) x -= w;
  double at = x;
  for (font::ShapedSpan& span : fonts_.set(look.face, text)) {
    out.push_back(GlyphRun{span.face, look.size, at, baseline, std::move(span.text), look.color,
                           span.glyphs});
    at += span.advance * look.size;
  }
  return Rect{x, baseline - cap(look), w, cap(look) + descent(look)};
}

double Texts::lines(const TextLook& look, const std::vector<std::string>& text, double x,
                    double top, Align align, std::vector<Item>& out) const {
  for (std::size_t i = 0; i < text.size(); ++i)
    line(look, text[i], x, top + i * look.leading() + baseline(look), align, out);
  return text.size() * look.leading();
}

}  // namespace briefing::chart
