// Weight tables of the averaged perceptrons: hashed feature keys select a row, a row holds one
// weight per class. Rows are contiguous and aligned, so that one feature costs one or two cache
// lines however many classes there are.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace irkg::syntax {

/// Zero-filled memory aligned to a cache line, and on Linux backed by 2 MB pages when large:
/// the tables are read at random, and with 4 KB pages nearly every read of a multi-megabyte
/// table would also miss the TLB.
template <typename T>
class AlignedArray {
 public:
  AlignedArray() = default;
  explicit AlignedArray(size_t size) : size_(size) {
    const size_t bytes = size * sizeof(T);
    const size_t align = bytes >= kHugePage ? kHugePage : 64;
    data_ = std::unique_ptr<T[], Free>(
        static_cast<T*>(::operator new[](bytes, std::align_val_t(align))), Free{align});
#if defined(__linux__)
    if (align == kHugePage)
      madvise(data_.get(), (bytes + kHugePage - 1) / kHugePage * kHugePage, MADV_HUGEPAGE);
#endif
    std::memset(static_cast<void*>(data_.get()), 0, bytes);
  }
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  size_t size() const { return size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

 private:
  static constexpr size_t kHugePage = size_t{2} << 20;
  struct Free {
    size_t align = 64;
    void operator()(T* p) const { ::operator delete[](p, std::align_val_t(align)); }
  };
  std::unique_ptr<T[], Free> data_;
  size_t size_ = 0;
};

/// Row index of a hashed key in a table of 2^bits rows: its top bits.
inline size_t RowOf(uint64_t key, int bits) { return static_cast<size_t>(key >> (64 - bits)); }

/// The weights a trained model keeps: int16, quantised from the averaged float weights with one
/// scale per table (the scale does not matter for an argmax, so it is not kept).
struct WeightTable {
  int bits = 0;
  int classes = 0;
  int stride = 0;  ///< Row length: classes rounded up to a multiple of 4 (or of 32 above 16).
  AlignedArray<int16_t> weights;

  WeightTable() = default;
  WeightTable(int row_bits, int class_count)
      : bits(row_bits),
        classes(class_count),
        stride(class_count <= 4 ? 4 : (class_count + 31) / 32 * 32),
        weights((size_t{1} << row_bits) * static_cast<size_t>(stride)) {}

  /// Sums the rows of `keys` into `scores` (kStride entries, the first `classes` meaningful),
  /// with int16 saturating additions: SSE2 adds 8 classes in one instruction, and the weights
  /// are quantised with headroom (kHeadroom) so that sums rarely reach the bounds. The scalar
  /// path computes the same saturated sums.
  template <size_t kStride>
  void Score(const uint64_t* keys, int count, int16_t* scores) const {
    const int16_t* w = weights.data();
#if defined(__SSE2__)
    if constexpr (kStride == 4) {
      __m128i sum = _mm_setzero_si128();
      for (int f = 0; f < count; ++f) {
        const int16_t* row = w + RowOf(keys[f], bits) * kStride;
        sum = _mm_adds_epi16(sum, _mm_loadl_epi64(reinterpret_cast<const __m128i*>(row)));
      }
      _mm_storel_epi64(reinterpret_cast<__m128i*>(scores), sum);
    } else {
      static_assert(kStride % 8 == 0);
      __m128i sum[kStride / 8];
      for (size_t v = 0; v < kStride / 8; ++v) sum[v] = _mm_setzero_si128();
      for (int f = 0; f < count; ++f) {
        const auto* row = reinterpret_cast<const __m128i*>(w + RowOf(keys[f], bits) * kStride);
        for (size_t v = 0; v < kStride / 8; ++v)
          sum[v] = _mm_adds_epi16(sum[v], _mm_load_si128(row + v));
      }
      for (size_t v = 0; v < kStride / 8; ++v) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(scores) + v, sum[v]);
      }
    }
#else
    int32_t sum[kStride] = {};
    for (int f = 0; f < count; ++f) {
      const int16_t* row = w + RowOf(keys[f], bits) * kStride;
      for (size_t c = 0; c < kStride; ++c) {
        sum[c] = std::clamp(sum[c] + row[c], -32768, 32767);
      }
    }
    for (size_t c = 0; c < kStride; ++c) scores[c] = static_cast<int16_t>(sum[c]);
#endif
  }
};

/// The first index of the largest of scores[0, kStride) (kStride a multiple of 8; entries that
/// must not win are set to INT16_MIN by the caller). Branch-free: the argmax over 52 relations
/// with a compare per class mispredicted often enough to cost as much as the scoring.
template <size_t kStride>
int ArgMax(const int16_t* scores) {
  static_assert(kStride % 8 == 0);
#if defined(__SSE2__)
  __m128i max = _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores));
  for (size_t v = 1; v < kStride / 8; ++v) {
    max = _mm_max_epi16(max, _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores) + v));
  }
  max = _mm_max_epi16(max, _mm_shuffle_epi32(max, 0x4E));
  max = _mm_max_epi16(max, _mm_shuffle_epi32(max, 0xB1));
  max = _mm_max_epi16(max, _mm_shufflelo_epi16(_mm_shufflehi_epi16(max, 0xB1), 0xB1));
  for (size_t v = 0; v < kStride / 8; ++v) {
    const __m128i equal =
        _mm_cmpeq_epi16(max, _mm_loadu_si128(reinterpret_cast<const __m128i*>(scores) + v));
    const int mask = _mm_movemask_epi8(equal);
    if (mask != 0) return static_cast<int>(v * 8) + __builtin_ctz(static_cast<unsigned>(mask)) / 2;
  }
  return 0;
#else
  int best = 0;
  for (size_t c = 1; c < kStride; ++c) {
    if (scores[c] > scores[best]) best = static_cast<int>(c);
  }
  return best;
#endif
}

/// The largest weight is quantised to 32767 / kHeadroom, so that a sum of several of the largest
/// weights still fits in int16.
inline constexpr float kHeadroom = 8;

/// The weights while training: current weights and the sums for averaging (Daume's trick: the
/// average is w - u / c, where u sums each update times the clock c at which it was made).
struct TrainingTable {
  int bits = 0;
  int classes = 0;
  int stride = 0;
  std::vector<float> weights;
  std::vector<double> totals;

  TrainingTable(int row_bits, int class_count)
      : bits(row_bits),
        classes(class_count),
        stride(class_count <= 4 ? 4 : (class_count + 31) / 32 * 32),
        weights((size_t{1} << row_bits) * static_cast<size_t>(stride)),
        totals(weights.size()) {}

  void Score(const uint64_t* keys, int count, float* scores) const {
    for (int c = 0; c < classes; ++c) scores[c] = 0;
    for (int f = 0; f < count; ++f) {
      const float* row = weights.data() + RowOf(keys[f], bits) * static_cast<size_t>(stride);
      for (int c = 0; c < classes; ++c) scores[c] += row[c];
    }
  }

  /// Adds `delta` to class `cls` of every key's row at time `clock`.
  void Update(const uint64_t* keys, int count, int cls, float delta, double clock) {
    for (int f = 0; f < count; ++f) {
      const size_t i =
          RowOf(keys[f], bits) * static_cast<size_t>(stride) + static_cast<size_t>(cls);
      weights[i] += delta;
      totals[i] += clock * delta;
    }
  }

  /// The averaged weights at time `clock`, quantised to int16.
  WeightTable Averaged(double clock) const {
    WeightTable out(bits, classes);
    std::vector<float> average(weights.size());
    float max = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
      average[i] = static_cast<float>(weights[i] - totals[i] / clock);
      max = std::max(max, std::abs(average[i]));
    }
    const float scale = max > 0 ? 32767.0f / kHeadroom / max : 1.0f;
    for (size_t i = 0; i < weights.size(); ++i) {
      out.weights[i] = static_cast<int16_t>(std::lround(average[i] * scale));
    }
    return out;
  }
};

}  // namespace irkg::syntax
