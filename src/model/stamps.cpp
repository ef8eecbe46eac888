#include "model/stamps.hpp"

#include <cmath>
#include <string>

#include "model/images.hpp"
#include "model/text.hpp"

namespace briefing::model {

namespace {

// How much ink a stamp puts on paper printed in grey, 0 (none) to 1 (black): its colour's luma
// (ITU-R BT.601, as a grayscale printer or a "print in black and white" driver converts it)
// under its opacity.
double grey(const Color& color, double opacity) {
  return opacity * (1 - (0.299 * color.r + 0.587 * color.g + 0.114 * color.b));
}

// Visible in grayscale print, and, across the text frame, light enough for the text under or
// over it to read through.
constexpr double kLightest = 0.04, kDarkestAcross = 0.3;

std::string percent(double fraction) { return std::to_string(std::lround(fraction * 100)) + "%"; }

void check_grey(const Stamp& stamp, Diagnostics& diags) {
  double ink = grey(stamp.content.style.color, stamp.opacity);
  if (ink < kLightest)
    diags.error(stamp.where, "the stamp would print as " + percent(ink) +
                                 " grey, too light to see in grayscale print (at least " +
                                 percent(kLightest) + "); darken 'color' or raise 'opacity'");
  else if (stamp.position == Stamp::Position::center && ink > kDarkestAcross)
    diags.error(stamp.where, "a stamp across the text prints at most " + percent(kDarkestAcross) +
                                 " grey so that the text reads through it; this one prints at " +
                                 percent(ink) + ": lighten 'color' or lower 'opacity'");
}

Stamp::Position position(parse::StampPosition p) {
  switch (p) {
    case parse::StampPosition::center:
      return Stamp::Position::center;
    case parse::StampPosition::top:
      return Stamp::Position::top;
    case parse::StampPosition::bottom:
      return Stamp::Position::bottom;
  }
  return Stamp::Position::center;
}

Stamp make_stamp(const parse::StampSpec& spec, const Meta& meta, const StyleSheet& styles,
                 Diagnostics& diags) {
  Stamp stamp;
  stamp.content.style = styles.get(spec.style, spec.where, diags);
  Style& style = stamp.content.style;
  if (spec.size) {
    style.leading *= *spec.size / style.size;
    style.size = *spec.size;
  }
  if (spec.color) style.color = *spec.color;
  stamp.content.text = spec.fields ? running_text(spec.text, meta)
                                   : RunningText{RunningPart{RunningPart::Field::none, spec.text}};
  for (const auto& span : spec.pages) stamp.pages.push_back({span.first, span.last});
  stamp.over = spec.layer == parse::StampLayer::over;
  stamp.position = position(spec.position);
  stamp.rotate = spec.rotate;
  stamp.opacity = spec.opacity;
  stamp.where = spec.where;
  // A picture keeps its own colours: only its opacity is the stamp's.
  if (spec.image)
    stamp.image = make_image(*spec.image, Style{});
  else
    check_grey(stamp, diags);
  return stamp;
}

// `build --draft`: DRAFT across every page, in the running style's family, bold, a light grey
// under the content.
Stamp draft_stamp(const StyleSheet& styles, const Location& where, Diagnostics& diags) {
  Stamp stamp;
  stamp.content.style = styles.get("running", where, diags);
  Style& style = stamp.content.style;
  style.bold = true;
  style.italic = false;
  style.uppercase = false;
  style.features.clear();
  style.size = 110;
  style.leading = 110;
  style.color = Color{0, 0, 0};
  stamp.content.text = {RunningPart{RunningPart::Field::none, "DRAFT"}};
  stamp.rotate = 45;
  stamp.opacity = 0.12;
  stamp.where = where;
  return stamp;
}

}  // namespace

std::vector<Stamp> make_stamps(const parse::BriefSpec& spec, const Meta& meta,
                               const StyleSheet& styles, Diagnostics& diags) {
  std::vector<Stamp> stamps;
  for (const auto* list : {&spec.layout.stamps, &spec.stamps})
    for (const auto& stamp : *list) stamps.push_back(make_stamp(stamp, meta, styles, diags));
  if (spec.meta.draft) stamps.push_back(draft_stamp(styles, spec.where, diags));
  return stamps;
}

}  // namespace briefing::model
