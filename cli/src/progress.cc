#include "irkg/cli/progress.h"

#include <chrono>
#include <cstdio>
#include <string>

namespace irkg::cli {

ProgressLine::ProgressLine(std::ostream& out, bool enabled, Clock clock, double interval)
    : out_(out), enabled_(enabled), clock_(std::move(clock)), interval_(interval) {
  if (!clock_) {
    clock_ = [] {
      return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
          .count();
    };
  }
  if (enabled_) start_ = last_ = clock_();
}

void ProgressLine::Update(uint64_t articles, uint64_t bytes, uint64_t events) {
  if (!enabled_) return;
  const double now = clock_();
  if (now - last_ < interval_) return;
  last_ = now;
  const double mb = static_cast<double>(bytes) / 1e6;
  const double seconds = now - start_;
  char line[160];
  std::snprintf(line, sizeof line, "%llu articles, %.1f MB, %.1f MB/s, %llu events",
                static_cast<unsigned long long>(articles), mb, seconds > 0 ? mb / seconds : 0.0,
                static_cast<unsigned long long>(events));
  std::string text = line;
  const size_t width = text.size();
  if (width < width_) text.append(width_ - width, ' ');  // cover a longer line before
  width_ = width;
  out_ << '\r' << text << std::flush;
}

void ProgressLine::Finish() {
  if (!enabled_ || width_ == 0) return;
  out_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  width_ = 0;
}

}  // namespace irkg::cli
