#include "terminal_text.h"

#include <cerrno>
#include <cstdio>

namespace irkg::cli {

bool ControlEscapingBuffer::Failed() {
  if (write_errno_ == 0) write_errno_ = errno;
  return false;
}

bool ControlEscapingBuffer::Write(const char* s, std::streamsize n) {
  return target_->sputn(s, n) == n || Failed();
}

bool ControlEscapingBuffer::Put(unsigned char c) {
  if (pending_c2_) {
    pending_c2_ = false;
    if (c >= 0x80 && c <= 0x9F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u00%02x", c);
      return Write(escaped, 6);
    }
    if (!Write("\xC2", 1)) return false;
  }
  if (c == 0xC2) {
    pending_c2_ = true;
    return true;
  }
  if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
    char escaped[8];
    std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
    return Write(escaped, 4);
  }
  const char plain = static_cast<char>(c);
  return Write(&plain, 1);
}

ControlEscapingBuffer::int_type ControlEscapingBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  return Put(static_cast<unsigned char>(traits_type::to_char_type(c))) ? c : traits_type::eof();
}

std::streamsize ControlEscapingBuffer::xsputn(const char* s, std::streamsize n) {
  // Runs of ordinary bytes go through in one write.
  std::streamsize start = 0;
  for (std::streamsize i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool special = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == 0xC2;
    if (!special && !pending_c2_) continue;
    if (i > start && !Write(s + start, i - start)) return 0;
    if (!Put(c)) return i;
    start = i + 1;
  }
  if (n > start && !Write(s + start, n - start)) return start;
  return n;
}

int ControlEscapingBuffer::sync() {
  if (pending_c2_) {
    pending_c2_ = false;
    if (!Write("\xC2", 1)) return -1;
  }
  return target_->pubsync() == 0 || Failed() ? 0 : -1;
}

}  // namespace irkg::cli
