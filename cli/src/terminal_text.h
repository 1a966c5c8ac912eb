#pragma once

#include <streambuf>

namespace irkg::cli {

/// Forwards text to another stream buffer with control characters made visible: C0 controls other
/// than line feed and tab, DEL and the C1 controls (U+0080..U+009F) become `\xHH` or `\u00HH`, so
/// that a label or sentence holding an escape sequence cannot move the cursor, recolour or clear
/// a terminal. JSON, GraphML and the other formats irkg writes never hold such characters raw,
/// so they pass unchanged. Does not own `target`; a failed write of `target` fails this buffer.
class ControlEscapingBuffer : public std::streambuf {
 public:
  explicit ControlEscapingBuffer(std::streambuf* target) : target_(target) {}

  /// errno as it was when a write of `target` first failed (0: none failed), so that the reason
  /// survives whatever the program did after.
  int write_errno() const { return write_errno_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool Put(unsigned char c);
  bool Write(const char* s, std::streamsize n);
  std::streambuf* target_;
  bool Failed();
  int write_errno_ = 0;
  bool pending_c2_ = false;  // 0xC2 seen: a C1 control if the next byte is 0x80..0x9F
};

}  // namespace irkg::cli
