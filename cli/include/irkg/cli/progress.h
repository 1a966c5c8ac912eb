#pragma once

#include <cstdint>
#include <functional>
#include <ostream>

namespace irkg::cli {

/// A one-line progress report for a terminal ("12000 articles, 2.1 MB, 9.6 MB/s, 1800 events"),
/// rewritten in place (carriage return) at most every `interval` seconds. Prints nothing when
/// not enabled (standard error is not a terminal). Not thread-safe.
class ProgressLine {
 public:
  /// Seconds since some fixed moment; the default is std::chrono::steady_clock.
  using Clock = std::function<double()>;

  ProgressLine(std::ostream& out, bool enabled, Clock clock = {}, double interval = 0.25);

  /// Reports the totals so far; cheap when it is not yet time to print.
  void Update(uint64_t articles, uint64_t bytes, uint64_t events);
  /// Clears the line, if one was printed.
  void Finish();

 private:
  std::ostream& out_;
  bool enabled_;
  Clock clock_;
  double interval_;
  double start_ = 0.0;
  double last_ = 0.0;
  size_t width_ = 0;  // of the line last printed
};

}  // namespace irkg::cli
