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

namespace irkg::syntax {

/// Memory aligned to 64 bytes (a cache line), zero-filled.
template <typename T>
class AlignedArray {
 public:
  AlignedArray() = default;
  explicit AlignedArray(size_t size)
      : data_(static_cast<T*>(::operator new[](size * sizeof(T), std::align_val_t(64)))),
        size_(size) {
    std::memset(static_cast<void*>(data_.get()), 0, size * sizeof(T));
  }
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  size_t size() const { return size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

 private:
  struct Free {
    void operator()(T* p) const { ::operator delete[](p, std::align_val_t(64)); }
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

  /// Sums the rows of `keys` into `scores` (stride entries, the first `classes` meaningful).
  template <size_t kStride>
  void Score(const uint64_t* keys, int count, int32_t* scores) const {
    int32_t sum[kStride] = {};
    const int16_t* w = weights.data();
    for (int f = 0; f < count; ++f) {
      const int16_t* row = w + RowOf(keys[f], bits) * kStride;
      for (size_t c = 0; c < kStride; ++c) sum[c] += row[c];
    }
    for (size_t c = 0; c < kStride; ++c) scores[c] = sum[c];
  }
};

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
    const float scale = max > 0 ? 32767.0f / max : 1.0f;
    for (size_t i = 0; i < weights.size(); ++i) {
      out.weights[i] = static_cast<int16_t>(std::lround(average[i] * scale));
    }
    return out;
  }
};

}  // namespace irkg::syntax
