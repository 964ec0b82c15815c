// SHA-256 against the published FIPS 180-2 test vectors. core_tests runs them
// on OpenSSL (Linux); the Windows tests run the same file on CNG under Wine.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/util/sha256.h"

namespace {

std::string hashOf(const std::string& text) {
  md::Sha256 sha;
  sha.update(text.data(), text.size());
  return sha.finishHex();
}

TEST(Sha256, EmptyInput) {
  EXPECT_EQ(hashOf(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, OneBlock) {
  EXPECT_EQ(hashOf("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, TwoBlocks) {
  EXPECT_EQ(hashOf("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, OneMillionLettersFedInUnevenPieces) {
  const std::string piece(999, 'a');
  md::Sha256 sha;
  std::size_t fed = 0;
  while (fed < 1000000) {
    const std::size_t size = std::min(piece.size(), std::size_t(1000000) - fed);
    sha.update(piece.data(), size);
    fed += size;
  }
  EXPECT_EQ(sha.finishHex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

} // namespace
