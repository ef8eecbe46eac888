// Paragraph setting: break opportunities, hyphenation, total-fit justification and pieces.
#include "layout/paragraph.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support.hpp"

using briefing::Diagnostics;
using briefing::FaceId;
using briefing::Location;
using briefing::font::FontBook;
using namespace briefing::layout;

namespace {

// Paragraphs of /work/shared/articles/000_ef800536a43f2dca.txt (VNA, 2025).
const std::vector<std::string> kArticle = {
    "Hanoi (VNA) – People-to-people exchanges have emerged as one of the six key pillars "
    "underpinning efforts by Vietnam and China to strengthen bilateral relations, particularly as "
    "both countries enter a new phase of development, and the year 2025 has been officially "
    "designated as the Year of Vietnam – China Humanistic Exchange – a move warmly welcomed by "
    "scholars, experts, and youth in both nations.",
    "In a recent interview with the Vietnam News Agency, Nguyen Thi Phuong Hoa, former Deputy "
    "Director of the Institute for Chinese Studies and Deputy Editor-in-Chief of the China Studies "
    "Journal, offered a series of thoughtful proposals aimed at deepening and expanding "
    "people-to-people engagement in ways that contribute meaningfully to the enduring friendship "
    "between the two countries.",
    "According to Hoa, efforts to strengthen these ties must proceed on two mutually reinforcing "
    "levels – high and grassroots. At the high level, clearly articulated policies and frameworks "
    "are essential. At the grassroots level, tangible and practical initiatives must be pursued to "
    "foster direct human connection. Together, these dimensions cultivate trust, enhance mutual "
    "understanding, and build resilient bonds between the peoples of both countries.",
    "True friendship among nations, Hoa emphasised, must rest on a foundation of mutual respect, "
    "genuine understanding, and accurate perceptions. To this end, public information and outreach "
    "efforts must be broad-based and coordinated across various ministries, sectors, and "
    "organisations in both countries. Crucially, these initiatives should not be limited to "
    "government efforts alone. Civil society actors – academics, artists, entrepreneurs, and "
    "community – must also play an active role.",
    "Traditionally, people-to-people exchanges have focused on culture, education, and health "
    "care. Moving forward, however, these foundations should be expanded to include fields such as "
    "economy, science, technology, and environmental sustainability. Among these, economic "
    "cooperation stands out as particularly vital, serving as a concrete channel for deepening "
    "connections between the two populations.",
    "When Vietnamese consumers gain access to high-quality Chinese goods, it not only satisfies "
    "market demands but also enhances China’s image in Vietnam. Conversely, the growing "
    "appreciation of Vietnamese agricultural products and exports among Chinese consumers fosters "
    "goodwill and reinforces trust, she went on.",
    "Investment also plays an important role. If Chinese enterprises operating in Vietnam commit "
    "themselves to sustainable and socially responsible practices—creating jobs, protecting the "
    "environment, and contributing to local development—they can significantly improve public "
    "perceptions of China in Vietnam. Thus, investment should be seen not only in economic terms, "
    "but also as a powerful means of cultivating bilateral friendship, according to the expert.",
    "Looking to the future, Hoa underscored the need for more targeted sectoral cooperation to "
    "enrich people-to-people ties. Agriculture, for instance, offers immense potential. Given the "
    "strong agricultural trade between the two countries, exchanges between Vietnamese and Chinese "
    "farmers should be held and cover cultivation techniques, post-harvest processing, and "
    "innovative production models. Such exchanges would generate valuable community-level "
    "connections and bolster the social fabric of the bilateral relationship.",
    "Tourism presents another practical avenue. Making travel to China more accessible for "
    "Vietnamese citizens would be a forward-looking step. While China currently offers visa "
    "exemptions to nationals of 47 countries, Vietnam could encourage Beijing to consider "
    "visa-free or low-fee entry for Vietnamese travellers to further facilitate tourism, "
    "educational exchange, and cultural understanding.",
    "Hoa added Vietnam has already made strides in advancing people-to-people diplomacy. The "
    "Vietnam – China People’s Forum is one notable example. Modest in scale, the forum still "
    "gathers dedicated scholars, professionals, and long-standing advocates of bilateral "
    "cooperation. These gatherings serve as platforms for candid and constructive dialogue on the "
    "challenges and opportunities facing the relationship, and offer concrete and sector-specific "
    "recommendations."};

const briefing::font::FontBook& fonts() { return briefing::test::project_fonts(); }

FaceId serif() { return fonts().face("serif", false, false); }
// The face a serif body's Chinese falls back to.
FaceId cjk() { return fonts().face("cjk-serif", false, false); }

StyledRun run(std::string text, double size = 10.5, FaceId face = serif()) {
  StyledRun r;
  r.text = std::move(text);
  r.face = face;
  r.size = size;
  r.where = {"brief.xml", 7, 3};
  return r;
}

std::vector<Line> set(const std::vector<StyledRun>& runs, double width,
                      LineAlign align = LineAlign::justify, bool hyphenate = true,
                      double first_indent = 0) {
  Diagnostics diags;
  ParagraphShape shape{width, first_indent, align, hyphenate};
  return set_paragraph(runs, shape, fonts(), diags);
}

std::string text_of(const Line& line) {
  std::string text;
  for (const Piece& piece : line.pieces) text += piece.text;
  return text;
}

double right_edge(const Line& line) {
  double edge = 0;
  for (const Piece& piece : line.pieces) edge = std::max(edge, piece.x + piece.width);
  return edge;
}

// The gaps a PDF text extractor sees between the words of a line.
std::vector<double> gaps(const Line& line) {
  std::vector<double> result;
  for (std::size_t i = 1; i < line.pieces.size(); ++i) {
    const Piece& before = line.pieces[i - 1];
    double gap = line.pieces[i].x - (before.x + before.width);
    if (gap > 1e-9) result.push_back(gap);
  }
  return result;
}

bool ends_in_added_hyphen(const Line& line, const std::string& original) {
  std::string text = text_of(line);
  if (text.empty() || text.back() != '-') return false;
  return original.find(text.substr(text.rfind(' ') + 1)) == std::string::npos;
}

}  // namespace

TEST_CASE("justified article text has even word spacing") {
  // Noto Serif 10.5pt on a 453pt measure. As measured from PDF word boxes, an "em" is the box
  // height / 1.2, and Noto's box is 1.36 x the type size.
  const double size = 10.5;
  const double em = size * 1.36 / 1.2;
  std::vector<double> all;
  int lines = 0;
  for (const std::string& paragraph : kArticle) {
    for (const Line& line : set({run(paragraph, size)}, 453)) {
      if (line.last) continue;
      ++lines;
      std::vector<double> g = gaps(line);
      REQUIRE_FALSE(g.empty());
      CAPTURE(text_of(line));
      CHECK(*std::max_element(g.begin(), g.end()) < 0.6 * em);
      all.insert(all.end(), g.begin(), g.end());
    }
  }
  std::sort(all.begin(), all.end());
  double median = all[all.size() / 2] / em;
  double p95 = all[static_cast<std::size_t>(0.95 * (all.size() - 1))] / em;
  double natural = fonts().advance(serif(), ' ') * size / em;
  CAPTURE(lines, median, p95, all.back() / em, natural);
  CHECK(lines > 25);
  CHECK(p95 < 0.39);
  CHECK(median < 1.25 * natural);
  CHECK(all.front() / em > 0.6 * natural);  // shrink never exceeds a third of a space
}

TEST_CASE("justified lines fill the measure exactly, the last line does not") {
  for (const Line& line : set({run(kArticle[0])}, 300)) {
    CAPTURE(text_of(line));
    if (line.last) {
      CHECK(right_edge(line) < 300);
      CHECK(line.width == Approx(right_edge(line)));
    } else {
      CHECK(line.width == 300);
      CHECK(right_edge(line) == 300);
    }
  }
}

TEST_CASE("each word is a piece that keeps its space, and line ends drop it") {
  std::vector<Line> lines = set({run(kArticle[1])}, 250);
  REQUIRE(lines.size() > 3);
  std::string joined;
  for (const Line& line : lines) {
    for (std::size_t i = 0; i + 1 < line.pieces.size(); ++i)
      CHECK(line.pieces[i].text.back() == ' ');
    std::string text = text_of(line);
    CHECK(text.back() != ' ');
    if (ends_in_added_hyphen(line, kArticle[1])) {
      text.pop_back();
    } else if (!line.last) {
      text += ' ';
    }
    joined += text;
  }
  CHECK(joined == kArticle[1]);
}

TEST_CASE("no line is wider than the measure, whatever the alignment") {
  for (LineAlign align :
       {LineAlign::left, LineAlign::right, LineAlign::center, LineAlign::justify}) {
    for (double width : {60.0, 97.5, 140.0, 333.0}) {
      for (const Line& line : set({run(kArticle[2])}, width, align)) {
        CAPTURE(width, text_of(line));
        CHECK(right_edge(line) <= width + 1e-9);
        CHECK(line.width <= width + 1e-9);
        CHECK(line.pieces.front().x >= -1e-9);
      }
    }
  }
}

TEST_CASE("ragged alignments place lines at their natural width") {
  for (const Line& line : set({run(kArticle[3])}, 200, LineAlign::right))
    CHECK(right_edge(line) == Approx(200));
  for (const Line& line : set({run(kArticle[3])}, 200, LineAlign::center)) {
    double left = line.pieces.front().x;
    CHECK(left == Approx(200 - right_edge(line)));
  }
  std::vector<Line> left = set({run(kArticle[3])}, 200, LineAlign::left);
  double natural_space = fonts().advance(serif(), ' ') * 10.5;
  for (const Line& line : left) {
    CHECK(line.pieces.front().x == 0);
    for (double gap : gaps(line)) CHECK(gap == Approx(natural_space));
  }
}

TEST_CASE("ragged lines in a narrow column take every word that fits") {
  // A table cell: with too little ragged stretch every line saturated to "infinitely bad" and
  // the breaker left "Meeting of the Việt" alone on the first line.
  const FaceId sans = fonts().face("sans", false, false);
  const char* cells[] = {
      "Meeting of the Việt Nam–China Railway Cooperation Committee, in Beijing",
      "Description of 2025 attributed by the ambassador to many Vietnamese friends",
      "Pillars cited by the ambassador: scale, substance and innovation"};
  for (const char* cell : cells) {
    for (double width : {150.0, 197.6, 250.0}) {
      std::vector<Line> lines = set({run(cell, 8.5, sans)}, width, LineAlign::left, false);
      for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        // The line above the last may have given it a word, so that none ends alone.
        if (i + 2 == lines.size() && lines.back().pieces.size() > 1) continue;
        const Piece& next_word = lines[i + 1].pieces.front();
        double space = fonts().advance(sans, ' ') * 8.5;
        INFO(cell << " at " << width << ": line " << i + 1 << " '" << text_of(lines[i]) << "'");
        CHECK(right_edge(lines[i]) + space + next_word.width > width);
      }
    }
  }
}

TEST_CASE("a ragged paragraph does not end with a short word alone") {
  const FaceId sans = fonts().face("sans", false, false);
  const char* cell = "Meeting of the Việt Nam–China Railway Cooperation Committee, in Beijing";
  for (double width : {150.0, 197.6, 250.0}) {
    std::vector<Line> lines = set({run(cell, 8.5, sans)}, width, LineAlign::left, false);
    REQUIRE(lines.size() >= 2);
    INFO("at " << width << ": last line '" << text_of(lines.back()) << "'");
    CHECK((lines.back().pieces.size() > 1 || right_edge(lines.back()) >= 0.2 * width));
    for (const Line& line : lines) CHECK(right_edge(line) <= width + 1e-6);
  }
}

TEST_CASE("a justified paragraph does not end with a short word alone") {
  // The reference workload's paragraph: at 470pt, first fit and the first pass both left
  // "bonds." alone; one looser pass gives it "deep".
  const char* text =
      "General Secretary To Lam attended a gathering of Vietnamese and Chinese students and "
      "alumni, planted a symbolic tree of friendship, and emphasized shared roots and deep bonds.";
  for (double width : {300.0, 380.0, 470.0}) {
    std::vector<Line> lines = set({run(text, 11)}, width);
    REQUIRE(lines.size() >= 2);
    INFO("at " << width << ": last line '" << text_of(lines.back()) << "'");
    CHECK(lines.back().pieces.size() > 1);
  }
}

TEST_CASE("a file name breaks nowhere, not even at its hyphen") {
  std::string text =
      "The bulletin was quoted from (exbulletin-tolam.txt) and data/trade-2025.csv "
      "as released.";
  for (double width : {120.0, 160.0}) {
    for (LineAlign align : {LineAlign::justify, LineAlign::left}) {
      std::string lines;
      for (const Line& line : set({run(text)}, width, align)) lines += text_of(line) + "|";
      INFO("at " << width << ": " << lines);
      CHECK(lines.find("(exbulletin-tolam.txt)") != std::string::npos);
      CHECK(lines.find("data/trade-2025.csv") != std::string::npos);
    }
  }
}

TEST_CASE("a file name wider than the line breaks at its hyphen or slash, not past the margin") {
  std::string text = "See https://example.org/vietnam-china-trade-turnover/2024/report.html now.";
  std::vector<Line> lines = set({run(text)}, 120, LineAlign::left);
  std::string joined;
  for (const Line& line : lines) joined += text_of(line) + "|";
  INFO(joined);
  CHECK(joined.find("https://example.org/vietnam-china-trade-turnover/2024/report.html") ==
        std::string::npos);
  for (const Line& line : lines) CHECK(line.width <= 120.0 + 1e-6);
}

TEST_CASE("the first indent shifts and shortens the first line only") {
  std::vector<Line> lines = set({run(kArticle[4])}, 300, LineAlign::justify, true, 20);
  REQUIRE(lines.size() > 2);
  CHECK(lines[0].pieces.front().x == 20);
  CHECK(right_edge(lines[0]) == 300);
  CHECK(lines[1].pieces.front().x == 0);
}

TEST_CASE("a narrow column hyphenates English words, and only when asked") {
  const std::string text =
      "International cooperation demonstrates considerable understanding between "
      "governmental organisations and independent institutions.";
  auto hyphenated = [&](bool hyphenate) {
    int count = 0;
    for (const Line& line : set({run(text)}, 110, LineAlign::justify, hyphenate))
      count += ends_in_added_hyphen(line, text);
    return count;
  };
  CHECK(hyphenated(true) > 0);
  CHECK(hyphenated(false) == 0);
}

TEST_CASE("acronyms, short words and words with digits are not hyphenated") {
  for (const Line& line : set({run("UNESCO ABCDEFGHIJ Vietnam123456 plan crossroads2025")}, 40))
    CHECK(text_of(line).back() != '-');
}

TEST_CASE("a soft hyphen is a break that shows a hyphen only when taken") {
  std::vector<Line> lines =
      set({run("Super\u00ADcalifragilistic expi\u00ADalidocious")}, 90, LineAlign::justify, false);
  std::string all;
  for (const Line& line : lines) all += text_of(line);
  CHECK(all.find("\u00AD") == std::string::npos);
  CHECK(text_of(lines.front()) == "Super-");
}

TEST_CASE("a word wider than the line is broken between characters") {
  std::string word(300, 'w');
  std::vector<Line> lines = set({run("A " + word + " end")}, 120);
  REQUIRE(lines.size() > 10);
  std::string joined;
  for (const Line& line : lines) {
    CHECK(right_edge(line) <= 120 + 1e-9);
    joined += text_of(line);
  }
  CHECK(joined.find(word) != std::string::npos);
}

TEST_CASE("Chinese breaks between ideographs and uses the CJK face") {
  std::string text;
  for (int i = 0; i < 12; ++i) text += "习近平主席会见越南领导人。";
  std::vector<Line> lines = set({run(text)}, 150);
  REQUIRE(lines.size() > 5);
  for (const Line& line : lines) {
    CHECK(right_edge(line) <= 150 + 1e-9);
    for (const Piece& piece : line.pieces) CHECK(piece.face == cjk());
  }
  CHECK(text_of(lines[0]).substr(0, 9) == "习近平");
  CHECK(right_edge(lines[0]) == Approx(150));  // justified between the ideographs
}

TEST_CASE("mixed scripts: Vietnamese stays in the serif face, Chinese falls back") {
  std::vector<Line> lines = set({run("Trần Cẩm Tú met 习近平 in Hà Nội.")}, 400);
  REQUIRE(lines.size() == 1);
  const std::vector<Piece>& pieces = lines[0].pieces;
  REQUIRE(pieces.size() == 8);
  CHECK(pieces[0].text == "Trần ");
  CHECK(pieces[4].text == "习近平 ");
  for (const Piece& piece : pieces)
    CHECK(piece.face == (piece.text == "习近平 " ? cjk() : serif()));
  // The line is as tall as its tallest face: here Noto Serif CJK's ascender, Noto Serif's
  // descender.
  CHECK(lines[0].ascent == Approx(fonts().ascender(cjk()) * 10.5));
  CHECK(lines[0].ascent > 1.069 * 10.5);
  CHECK(lines[0].descent == Approx(std::max(-fonts().descender(cjk()), 0.293) * 10.5));
}

TEST_CASE("a style change inside a word keeps the word together") {
  FaceId bold = fonts().face("serif", true, false);
  std::vector<Line> lines =
      set({run("the Viet", 10.5), run("nam", 10.5, bold), run(" briefing")}, 400, LineAlign::left);
  REQUIRE(lines.size() == 1);
  const std::vector<Piece>& pieces = lines[0].pieces;
  REQUIRE(pieces.size() == 4);
  CHECK(pieces[1].text == "Viet");
  CHECK(pieces[2].text == "nam ");
  CHECK(pieces[2].face == bold);
  CHECK(pieces[2].x == Approx(pieces[1].x + pieces[1].width));
  // Too narrow for both words: the break is at the space, never inside "Vietnam".
  std::vector<Line> narrow = set({run("Viet", 10.5), run("nam", 10.5, bold), run(" briefing")}, 50);
  REQUIRE(narrow.size() == 2);
  CHECK(text_of(narrow[0]) == "Vietnam");
}

TEST_CASE("characters no font has warn once per paragraph at the run") {
  Diagnostics diags;
  ParagraphShape shape{300, 0, LineAlign::left, false};
  set_paragraph({run("smile 😀 and 😀 again")}, shape, fonts(), diags);
  REQUIRE(diags.all().size() == 1);
  const auto& warning = diags.all().front();
  CHECK(warning.severity == briefing::Severity::warning);
  CHECK(warning.message == "no font has U+1F600 '😀', which prints as an empty box");
  CHECK(warning.where.line == 7);
  CHECK(warning.where.col == 3);
}

TEST_CASE("a forced line break ends a line without justifying it") {
  std::vector<Line> lines = set({run("first line\nsecond line is here")}, 300);
  REQUIRE(lines.size() == 2);
  CHECK(text_of(lines[0]) == "first line");
  CHECK_FALSE(lines[0].last);
  CHECK(right_edge(lines[0]) < 100);
  CHECK(lines[1].last);
}

TEST_CASE("empty and blank paragraphs have no lines") {
  CHECK(set({run("")}, 300).empty());
  CHECK(set({run("   ")}, 300).empty());
  CHECK(set({}, 300).empty());
}

TEST_CASE("Vietnamese words are never hyphenated, even in a narrow column") {
  std::string text = "Nguyễn Thị Phương Hoa Trường Nguyễn Phương Trường Nguyễn Phương";
  for (double width : {40.0, 60.0, 90.0})
    for (const Line& line : set({run(text)}, width, LineAlign::justify, true)) {
      INFO("width " << width << ": '" << text_of(line) << "'");
      CHECK(text_of(line).back() != '-');
    }
}

TEST_CASE("a word is never broken inside a ligature, and no piece runs into the next") {
  // Noto Serif draws "ff" and "ffi" as one glyph each, whose width layout gives the first letter.
  const std::string text =
      "Points of difference were addressed by efficient officers of affluent offices, who "
      "differed on the effect of the offer and suffered no difficulty in the affair.";
  int broken = 0;
  for (double width = 60; width <= 240; width += 2) {
    std::vector<Line> lines = set({run(text)}, width);
    for (const Line& line : lines) {
      for (std::size_t i = 0; i < line.pieces.size(); ++i) {
        const Piece& piece = line.pieces[i];
        std::string ink = piece.text.substr(0, std::min(piece.ink, piece.text.size()));
        if (!ink.empty() && ink.back() == '-') {
          ++broken;
          CHECK(ink.substr(ink.size() - 2) != "f-");  // "dif-ference" would split the "ff"
        }
        if (i + 1 == line.pieces.size()) continue;
        double drawn = 0;
        for (const auto& glyph : piece.glyphs) drawn += glyph.advance * piece.size;
        INFO(width << ": '" << piece.text << "' then '" << line.pieces[i + 1].text << "'");
        CHECK(piece.x + drawn <= line.pieces[i + 1].x + 1e-6);
      }
    }
  }
  CHECK(broken > 10);  // the widths do break words
}
