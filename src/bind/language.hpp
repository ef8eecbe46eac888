#pragma once
// The words bind adds to a brief depend on its language: English, or Vietnamese ("vi", "vi-VN").
#include <string_view>

namespace briefing::bind {

inline bool vietnamese(std::string_view lang) { return lang.substr(0, 2) == "vi"; }

// After a note label or an article's name when the figure comes from a side panel beside the
// article rather than its own text (data::Fact::from_sidebar).
inline std::string_view side_panel_mark(std::string_view lang) {
  return vietnamese(lang) ? " (khung bên cạnh bài)" : " (side panel)";
}

// After a note label or an article's name when the figure comes from a photo caption of the
// article (data::Fact::from_caption): a caption may be looser than the story it illustrates.
inline std::string_view photo_caption_mark(std::string_view lang) {
  return vietnamese(lang) ? " (chú thích ảnh)" : " (photo caption)";
}

}  // namespace briefing::bind
