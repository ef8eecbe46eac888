// JPEG is embedded as it is (the PDF's DCTDecode filter decodes it): only its markers are read,
// for the size and the samples per pixel, and to refuse what a PDF reader cannot decode
// (arithmetic coding, lossless, 12-bit samples) or a file cut short. Baseline and progressive
// Huffman coding, grey, YCbCr and CMYK are all printed as they are.
#include <cstdint>

#include "image/readers.hpp"

namespace briefing::image {

namespace {

std::uint16_t big16(std::string_view bytes, std::size_t at) {
  return std::uint16_t((std::uint8_t(bytes[at]) << 8) | std::uint8_t(bytes[at + 1]));
}

// Markers without a length: SOI, EOI, RSTn, TEM.
bool standalone(std::uint8_t marker) {
  return marker == 0xD8 || marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01;
}

// A frame marker (SOFn): C0-CF but DHT (C4), JPG (C8) and DAC (CC).
bool frame(std::uint8_t marker) {
  return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

std::string frame_problem(std::uint8_t marker, std::string_view segment) {
  if (marker == 0xC3 || marker == 0xC7 || marker == 0xCB || marker == 0xCF)
    return "is a lossless JPEG, which PDF cannot hold; save it as PNG";
  if (marker >= 0xC9)
    return "uses arithmetic coding, which PDF readers do not decode; save it again with Huffman "
           "coding";
  if (segment.size() < 6) return "is damaged (its frame header is cut short)";
  if (segment[0] != 8)
    return "has " + std::to_string(int(std::uint8_t(segment[0]))) +
           "-bit samples; PDF readers decode 8-bit JPEG only";
  return {};
}

}  // namespace

std::string read_jpeg(std::string_view bytes, Picture& picture) {
  bool adobe = false, framed = false;
  std::size_t at = 2;  // after SOI
  while (true) {
    if (at + 4 > bytes.size()) return "is truncated (it ends before its image data)";
    if (std::uint8_t(bytes[at]) != 0xFF) return "is damaged (a marker was expected)";
    std::uint8_t marker = std::uint8_t(bytes[at + 1]);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (standalone(marker)) {
      at += 2;
      continue;
    }
    std::size_t length = big16(bytes, at + 2);
    if (length < 2 || at + 2 + length > bytes.size())
      return "is truncated (a header segment runs past its end)";
    std::string_view segment = bytes.substr(at + 4, length - 2);
    if (frame(marker)) {
      if (std::string problem = frame_problem(marker, segment); !problem.empty()) return problem;
      picture.height = big16(segment, 1);
      picture.width = big16(segment, 3);
      picture.components = std::uint8_t(segment[5]);
      framed = true;
    } else if (marker == 0xEE && segment.substr(0, 5) == "Adobe") {
      adobe = true;
    } else if (marker == 0xDA) {
      break;  // start of scan: the image data follow
    }
    at += 2 + length;
  }
  if (!framed) return "is damaged (no frame header before its image data)";
  if (std::string problem = pixel_limit_problem(picture.width, picture.height); !problem.empty())
    return problem;
  if (picture.components != 1 && picture.components != 3 && picture.components != 4)
    return "has " + std::to_string(picture.components) +
           " colour components; grey (1), RGB (3) and CMYK (4) are printed";
  // Trailing bytes after the end marker are common (camera padding); a missing one is not.
  std::size_t end = bytes.rfind("\xFF\xD9");
  if (end == std::string_view::npos || end < at) return "is truncated (it has no end marker)";
  picture.inverted = picture.components == 4 && adobe;
  picture.samples.assign(bytes.substr(0, end + 2));
  return {};
}

}  // namespace briefing::image
