#pragma once
// `briefing charts`: every chart of a brief, drawn at the size the brief prints it, written as
// PNG (slides), SVG (the web) or PDF, one file per chart.
#include <string>

#include "cli/pipeline.hpp"

namespace CLI {
class App;
}

namespace briefing::cli {

struct ChartsOptions {
  BuildRequest brief;
  std::string format = "png";  // png, svg or pdf
  std::string out_dir;
  double dpi = 300;  // png only
};

CLI::App* add_charts_command(CLI::App& app, ChartsOptions& options);

// "02-education-and-language-ties-in-2025": the chart's place in the brief and its title, in
// ASCII letters and digits, so that file names sort in the brief's order and survive any file
// system.
std::string chart_file_stem(int number, const std::string& title);

int charts_command(const ChartsOptions& options);

}  // namespace briefing::cli
