#include "attribution.h"

#include <optional>

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "claim_model.h"
#include "claims.h"
#include "entities.h"
#include "lexicon.h"
#include "markup.h"
#include "mentions.h"
#include "tokens.h"

namespace whosaid {

namespace {

// Confidence of each rule, before the pronoun penalty (calibrated on PolNeAR train).
constexpr double kAfterQuote = 0.95;
constexpr double kBeforeQuote = 0.9;
constexpr double kLaterInSentence = 0.8;
constexpr double kAccordingTo = 0.85;
constexpr double kColonLine = 0.8;
constexpr double kContinued = 0.75;
constexpr double kContinuedPastLongClause = 0.6;  // the quote before ended its paragraph in a long clause
constexpr double kPreviousSentence = 0.7;
constexpr double kSentenceSubject = 0.5;
constexpr double kPronounPenalty = 0.9;
constexpr double kClaim = 0.7;
constexpr size_t kMaxLabel = 8;  // tokens of "Former secretary of state Hillary Rodham Clinton:"
constexpr size_t kMaxLabelWords = 3;        // "WALLACE:", "MR. TRUMP:", a transcript's speaker label
constexpr size_t kMaxDescriptionAfterComma = 4;  // tokens of ", the young protesters chanted"
constexpr size_t kMaxInvertedClause = 12;  // tokens of "wrote Tomas Brandt of The Harbour Times" before a quote
constexpr size_t kMaxSubheadingWords = 8;   // words of a subheading quote: "‘Not one more ferry.’"
constexpr size_t kMaxSignatureTail = 8;     // tokens after the name's comma in "— Rosa Lind, Westbrook."
constexpr size_t kMaxReportingClause = 30;  // tokens after a quote that can still be its reporting clause
constexpr size_t kMaxCaptionTokens = 30;    // tokens of a caption or subheading between quote paragraphs
constexpr int kMaxCaptionsBetween = 2;      // such paragraphs a quote's speaker carries over
// English prose has one of the function-word lexicon's words in every two or three words (news pages:
// 25-48%); French, German, Spanish or Czech pages have fewer than one in twenty, and none of their
// paragraphs of 12 words or more one in ten. Texts too short to tell are read as English: of PolNeAR's
// paragraphs of 20-49 words, 6 in 9,556 (headlines, bylines) fall under the threshold, of those of
// 12-49, 27 in 11,509.
constexpr size_t kMinWordsToJudgeLanguage = 20;
constexpr size_t kMinEnglishFunctionWordPercent = 15;

struct Attribution {
  Mention mention;
  size_t cue_first = 0;
  size_t cue_last = 0;  // == cue_first when there is no cue
  double confidence = 0.0;
  int inherited_from = -1;  // index of the quote whose speaker this one continues
};

class Attributor {
 public:
  Attributor(std::string_view text, const std::vector<QuoteMarks>& quotes, Tokens& tokens,
             const ClaimModel& model, std::vector<ClaimCandidate>* trace)
      : text_(text), quotes_(quotes), tokens_(tokens), toks_(tokens.tokens), sentences_(tokens.sentences),
        reader_(text, tokens), entities_(text, tokens, reader_), model_(model), trace_(trace) {}

  Analysis run() {
    locate_quotes();
    if (!reads_as_english()) return quotes_alone();
    first_paragraph_is_headline_ = first_paragraph_is_headline();
    reader_.for_each_name(first_paragraph_is_headline_ ? 1 : 0, [&](const Mention& m) { entities_.add_name(m); });
    Analysis out;
    out.quotes.reserve(quotes_.size());
    works_.assign(quotes_.size(), false);
    int last_speaker = -1;
    for (size_t q = 0; q < quotes_.size(); ++q) {
      // Filled in place (no reallocation: room is reserved; continued() reads the quotes before q
      // alone): a local copy pushed at the end was stored field by field and read back by wider loads,
      // each waiting for the stores it spans (a store-forwarding stall).
      FoundQuote& f = out.quotes.emplace_back(found_quote(q));
      std::optional<Attribution> a;
      if (first_[q] >= 0 && !in_headline(q) && !is_subheading(q)) {
        // “Absolutely not,” Clinton said: speech, however short -- unless it is surely a work's name
        // (On CBS’s “Face the Nation,” Ryan said …).
        bool title = is_title(q) && !follows_cue(q);
        works_[q] = (title && names_work(q)) || is_page_line(q);
        if (!works_[q]) a = turn_label(q);
        if (a) f.span.begin = words_after_label(q, a->cue_first);
        if (!a && !works_[q]) a = after_quote(q);
        if (!a && title) f.kind = QuoteKind::kMixed;
        else if (!a && !works_[q]) a = attribute(q, f.kind, out);
      }
      if (a) {
        if (a->inherited_from >= 0) {
          f.entity = out.quotes[a->inherited_from].entity;
          f.mention = out.quotes[a->inherited_from].mention;
          f.cue = out.quotes[a->inherited_from].cue;
        } else {
          f.entity = entities_.resolve(&a->mention, last_speaker);
          f.mention = ByteSpan{toks_[a->mention.local_first()].begin, toks_[a->mention.local_last() - 1].end};
          if (a->cue_last > a->cue_first) f.cue = ByteSpan{toks_[a->cue_first].begin, toks_[a->cue_last - 1].end};
        }
        f.confidence = a->confidence;
        if (f.entity >= 0) last_speaker = f.entity;
        else f.mention.reset();
      }
    }
    add_claims(&out);
    out.entities = entities_.finish(out.quotes, /*describe_all=*/trace_ != nullptr, &out.mentions);  // the trainer's tool lists all
    return out;
  }

 private:
  // Reported speech without quotation marks, merged into the quotes in text order. The claims are
  // gathered apart, sorted in place and merged with the quotes in their own vector, whose room is
  // reserved for both at the start: on long texts the claims are a few MB, and each copy of them held
  // beside them (sorted, merged, their vector regrown) had raised the engine's peak of memory.
  // Appending them to out->quotes (whose growth copied the quotes too), sorting them in place through
  // a copy and merging in place had cost 1.4M instructions more on dev x10.
  void add_claims(Analysis* out) {
    // A claim model judges doubtful claims too; without one (or a trace to train it) the rules decide.
    bool judged = trace_ || !model_.empty();
    std::vector<FoundQuote> claims;
    // News has a claim per 37 to 65 tokens (the 10 MB text, PolNeAR dev): room reserved and never
    // written costs no memory, and a text with more claims grows the vector.
    claims.reserve(out->quotes.size() + toks_.size() / kTokensPerClaimRoom);
    {
      std::vector<FoundQuote> lenders;  // the claims that lend quotes inside them their speaker
      append_claims(judged, *out, &claims, &lenders);
      sort_by_begin(&lenders);
      quotes_inside_claims(out, lenders);
    }  // (the lenders are freed before the merge)
    drop_claims_mostly_quoted(*out, &claims);  // keeps their order: sorted after, the same
    sort_by_begin(&claims);
    merge_into(&claims, out->quotes);
    out->quotes = std::move(claims);
  }
  static constexpr size_t kTokensPerClaimRoom = 16;

  // Merges `quotes` into *claims, both in text order, as std::merge would (a quote before a claim that
  // begins with it), in the claims' vector: from the back, so that a claim is moved before its place is
  // written.
  static void merge_into(std::vector<FoundQuote>* claims, const std::vector<FoundQuote>& quotes) {
    size_t c = claims->size(), q = quotes.size();
    claims->resize(c + q);
    FoundQuote* merged = claims->data();
    for (size_t w = c + q; q > 0;) {  // w == c + q: what is left fits before it
      if (c > 0 && merged[c - 1].span.begin >= quotes[q - 1].span.begin) merged[--w] = merged[--c];
      else merged[--w] = quotes[--q];
    }
  }

  // "Trump said Russia and Ukraine “are very close to a deal”": a claim that is at least half one quote
  // of its speaker's says little the quote does not, and is left out (the rules left out a claim that
  // was all but a quote, ClaimFinder::mostly_quoted(); once speakers are known, a claim whose quote is
  // another's keeps its place). Several quotes, each a small part of it, do not add up to one: "said
  // the ferry won “a lot of riders” who “ride it daily”" reports what joins them, which none of them
  // does (on PolNeAR train claims F1 0.6094 -> 0.6104). out.quotes are in text order (and do not
  // overlap); the claims in any.
  static void drop_claims_mostly_quoted(const Analysis& out, std::vector<FoundQuote>* claims) {
    const size_t quote_count = out.quotes.size();
    auto mostly_quoted = [&](const FoundQuote& c) {
      size_t q = partition_index(out.quotes.data(), quote_count,
                                 [&](const FoundQuote& f) { return f.span.begin < c.span.begin; });
      uint32_t longest = 0;
      for (; q < quote_count && out.quotes[q].span.end <= c.span.end; ++q)
        if (out.quotes[q].entity == c.entity)
          longest = std::max(longest, out.quotes[q].span.end - out.quotes[q].span.begin);
      return 2 * longest >= c.span.end - c.span.begin;
    };
    claims->erase(std::remove_if(claims->begin(), claims->end(), mostly_quoted), claims->end());
  }

  // Sorts *quotes by where they begin, those that begin together in the order they have (as
  // std::stable_sort would): their places are sorted by (begin, index), eight bytes each, then the
  // quotes are moved to them in place, a cycle of that permutation at a time. std::stable_sort's merges
  // had copied the 40-byte quotes a dozen times over (3.4M instructions on dev x10), and a sorted copy
  // had held them twice.
  static void sort_by_begin(std::vector<FoundQuote>* quotes) {
    const size_t n = quotes->size();
    std::vector<std::pair<uint32_t, uint32_t>> places(n);  // (begin, index)
    FoundQuote* q = quotes->data();
    for (size_t k = 0; k < n; ++k) places[k] = {q[k].span.begin, static_cast<uint32_t>(k)};
    std::sort(places.begin(), places.end());
    // Place `to` takes the quote at places[to].second; a place filled is marked so by its own index.
    for (size_t k = 0; k < n; ++k) {
      if (places[k].second == k) continue;
      const FoundQuote first = q[k];
      for (size_t to = k;;) {
        const size_t from = places[to].second;
        places[to].second = static_cast<uint32_t>(to);
        if (from == k) {
          q[to] = first;
          break;
        }
        q[to] = q[from];
        to = from;
      }
    }
  }

  // The claims whose speaker resolves, as found quotes in *claims (out.quotes: the quotes). *lenders: the
  // claims the rules make (Claim::flags 0), kept by the claim model or not -- the model judges claims,
  // never quotes: a quote takes a speaker from the claim around it as it would without a model. Only
  // claims that hold a quote can lend, and only they are kept (quotes_inside_claims() picks the same
  // claim without the others): on long texts, lenders had been a tenth of the peak memory.
  // The claims are judged as find_claims() finds them, a few hundred at a time, never all held at once.
  void append_claims(bool judged, const Analysis& out, std::vector<FoundQuote>* claims,
                     std::vector<FoundQuote>* lenders) {
    const size_t quote_count = out.quotes.size();
    const ClaimModel& model = model_;
    std::vector<std::string> features;  // of the claim at hand, for a trace; reused
    std::vector<bool> quoted;           // quoted[e]: entity e has a quote (ClaimContext)
    for (const FoundQuote& q : out.quotes)
      if (q.entity >= 0) {
        if (static_cast<size_t>(q.entity) >= quoted.size()) quoted.resize(q.entity + 1);
        quoted[q.entity] = true;
      }
    // A pronoun's current speaker, as for quotes (run()): that of the latest quote or claim before it.
    // "“…,” said Ana Ruiz, an economist. If prices rise, he noted, …" is Ruiz, whose gender no list
    // knows, not a man named paragraphs before.
    size_t next_quote = 0;
    int quote_speaker = -1, claim_speaker = -1;
    uint32_t quote_at = 0, claim_at = 0;
    auto judge = [&](const Claim& found, ClaimContext context) {
      Claim c = found;  // its speaker mention is resolved below
      FoundQuote f;
      f.kind = QuoteKind::kIndirect;
      f.span = {toks_[c.first].begin, toks_[c.last - 1].end};
      const uint32_t at = toks_[c.speaker.local_first()].begin;
      for (; next_quote < quote_count && out.quotes[next_quote].span.begin < at; ++next_quote)
        if (out.quotes[next_quote].entity >= 0) {
          quote_speaker = out.quotes[next_quote].entity;
          quote_at = out.quotes[next_quote].span.begin;
        }
      const bool quote_is_later = quote_speaker >= 0 && (claim_speaker < 0 || quote_at >= claim_at);
      f.entity = entities_.resolve(&c.speaker, quote_is_later ? quote_speaker : claim_speaker);
      if (f.entity < 0) return;
      f.mention = ByteSpan{toks_[c.speaker.local_first()].begin, toks_[c.speaker.local_last() - 1].end};
      if (c.cue_last > c.cue_first) f.cue = ByteSpan{toks_[c.cue_first].begin, toks_[c.cue_last - 1].end};
      f.confidence = c.speaker.type == MentionType::kPronoun ? kClaim * kPronounPenalty : kClaim;
      // "Trump has said he would support …": the inner verb restates the outer claim's speaker; "most
      // say they want …": a verb of thought inside a claim is part of what was said.
      if (!claims->empty()) {
        const FoundQuote& outer = claims->back();  // the latest claim added
        bool inside = outer.span.begin <= f.span.begin && f.span.end <= outer.span.end;
        bool thought = reader_.is_cue(c.cue_last - 1) && !MentionReader::is_speech_verb(c.verb);
        // "issued a statement saying …": the same words again, from the participle of the statement.
        bool same = outer.span.begin == f.span.begin && outer.span.end == f.span.end;
        if (inside && (outer.entity == f.entity || thought || same)) return;
      }
      if (c.flags == 0 && holds_quote(out, f.span)) lenders->push_back(f);
      // The claim model (claim_model.h) keeps or drops it; a trace for training keeps all and records them.
      context.speaker_quoted = static_cast<size_t>(f.entity) < quoted.size() && quoted[f.entity];
#if WHOSAID_CLAIM_TRACE
      if (trace_) {
        claim_features(reader_, tokens_, c, context, &features);
        trace_->push_back({f.span, *f.mention, {toks_[c.cue_first].begin, toks_[c.cue_last - 1].end}, f.entity, features,
                           model.score(reader_, tokens_, c, context)});
      } else
#endif
      if (!model.empty() && model.score(reader_, tokens_, c, context) <= 0) {
        return;
      }
      claim_speaker = f.entity;
      claim_at = at;
      claims->push_back(f);
    };
    find_claims(reader_, tokens_, judged, [&](const std::vector<Claim>& found) {
      for (size_t k = 0; k < found.size(); ++k) judge(found[k], nesting(found, k));
    });
  }

  // The claim model's ClaimContext of found[k] as the other claims of its sentence make it: whether
  // one of them holds its clause. find_claims() hands whole sentences, whose claims stand together.
  static ClaimContext nesting(const std::vector<Claim>& found, size_t k) {
    const Claim& c = found[k];
    ClaimContext context;
    size_t from = k, to = k + 1;  // the claims of its sentence: [from, to)
    while (from > 0 && found[from - 1].sentence == c.sentence) --from;
    while (to < found.size() && found[to].sentence == c.sentence) ++to;
    for (size_t j = from; j < to && !context.in_claim; ++j)
      context.in_claim = j != k && found[j].first <= c.first && c.last <= found[j].last;
    return context;
  }

  // Whether a quote of out.quotes (in text order, none overlapping, so that the first to begin inside
  // `span` is the first to end) lies inside `span`. That quote is found by partition_index() (tokens.h),
  // whose steps are conditional moves: each step's way is as likely as not, and as branches
  // (std::partition_point) they had mispredicted 26K times on dev x10.
  static bool holds_quote(const Analysis& out, ByteSpan span) {
    const size_t quote_count = out.quotes.size();
    const size_t q = partition_index(out.quotes.data(), quote_count,
                                     [&](const FoundQuote& f) { return f.span.begin < span.begin; });
    return q < quote_count && out.quotes[q].span.end <= span.end;
  }

  // "Trump proclaimed a goal of “Peace Through Strength”": quoted words with no speaker of their own
  // inside a claim are the claim's speaker's, even in title case (slogans), unless they name a work or
  // stand in a headline (whose quotes never take a speaker, see in_headline()). out->quotes holds the
  // quotes in text order; `claims` the claims that lend, in text order.
  void quotes_inside_claims(Analysis* out, const std::vector<FoundQuote>& claims) const {
    const size_t quote_count = out->quotes.size();
    size_t next = 0;                          // the first claim that begins after quote q
    const FoundQuote* widest = nullptr;       // of the claims before it, the one that reaches farthest
    for (size_t q = 0; q < quote_count; ++q) {
      FoundQuote& f = out->quotes[q];
      for (; next < claims.size() && claims[next].span.begin <= f.span.begin; ++next)
        if (!widest || claims[next].span.end > widest->span.end) widest = &claims[next];
      bool keeps_its_own = f.entity >= 0 || works_[q] || (first_[q] >= 0 && in_headline(q));
      if (keeps_its_own || !widest || widest->span.end < f.span.end) continue;
      f.entity = widest->entity;
      f.mention = widest->mention;
      f.cue = widest->cue;
      f.confidence = widest->confidence;
    }
  }

  // The lexicons are English: in another language they would read "Il", "Le" or "Entre" as speakers.
  // The function words are counted a block of tokens at a time: once they are enough against all the
  // tokens (more than the words), the rest cannot change the answer -- in English, after half the text.
  // The words are counted only where that does not decide it, in another language or a short text.
  // (Counting the words on the way, against the most words the text could have, had decided a tenth
  // sooner, but at twice the instructions a token.)
  bool reads_as_english() const {
    constexpr size_t kBlock = 1024;
    size_t function_words = 0;
    for (size_t block = 0; block < toks_.size(); block += kBlock) {
      const size_t end = std::min(block + kBlock, toks_.size());
      for (size_t i = block; i < end; ++i)  // (only words have lexicon bits)
        function_words += (toks_[i].lexicons & bit(Lex::kFunctionWords)) != 0;
      if (function_words * 100 >= toks_.size() * kMinEnglishFunctionWordPercent) return true;
    }
    size_t words = 0;
    for (const Token& t : toks_) words += t.type == TokenType::kWord;
    return words < kMinWordsToJudgeLanguage || function_words * 100 >= words * kMinEnglishFunctionWordPercent;
  }

  // The quotes with their kinds, and no speaker, cue or claim.
  Analysis quotes_alone() const {
    Analysis out;
    out.english = false;
    out.quotes.reserve(quotes_.size());
    for (size_t q = 0; q < quotes_.size(); ++q) out.quotes.push_back(found_quote(q));
    return out;
  }

  // Quote q with its span and kind, and as yet no speaker.
  FoundQuote found_quote(size_t q) const {
    FoundQuote f;
    f.span = {quotes_[q].begin, quotes_[q].end};
    f.kind = is_direct(q) ? QuoteKind::kDirect : QuoteKind::kMixed;
    return f;
  }

  // first_[q] / last_[q]: the token range of quote q (its marks included), -1 when it has no token.
  void locate_quotes() {
    first_.assign(quotes_.size(), -1);
    last_.assign(quotes_.size(), -1);
    for (size_t q = 0; q < quotes_.size(); ++q) {
      const TokenRange r = tokens_.quote_tokens[q];
      if (r.first == r.last) continue;
      first_[q] = static_cast<int>(r.first);
      last_[q] = static_cast<int>(r.last);
    }
  }

  std::string_view word(size_t i) const { return reader_.word(i); }

  // Quotes in a headline ("Trump Was ‘Mocking’ Clinton Camp") have no reporting clause to go by: a
  // first paragraph, with more after it, written in title case -- no lower-case word of four letters
  // or more, which a sentence always has ("said", "that", "with"). A headline that names its speaker,
  // "Lind: ‘We will not sell the harbour’" or "Lind calls fares ‘unfair’", is no title case of this
  // kind: the label or the subject speaks, as readers read it.
  bool in_headline(size_t q) const {
    return first_paragraph_is_headline_ && static_cast<size_t>(first_[q]) < tokens_.first_token_of_paragraph(1);
  }

  bool first_paragraph_is_headline() const {
    if (toks_.empty() || tokens_.paragraph_of(toks_.size() - 1) == 0) return false;
    size_t long_words = 0, capitalised = 0;
    for (size_t i = 0; i < tokens_.first_token_of_paragraph(1); ++i) {
      if (toks_[i].type != TokenType::kWord || toks_[i].end - toks_[i].begin < 4 || !outside(i)) continue;
      ++long_words;
      capitalised += toks_[i].capitalized;
    }
    return long_words >= 3 && capitalised * 10 >= long_words * 9;
  }

  // Whether word `w` holds an apostrophe, ' or ’ (E2 80 99), where two searches, each a call of memchr(),
  // had cost a word some 50 instructions (5K words a dev pass). A word of 4 to 8 bytes, most, has its
  // bytes tested at once for ' and for E2 (the first byte of ’ and of few other characters), as
  // mentions.cc's has_hyphen() does for '-': only a word that holds one, or of another size, is read
  // byte by byte.
  static bool has_apostrophe(std::string_view w) {
    if (w.size() - 4 <= 4) {  // (a size under 4 wraps around)
      const uint64_t x = short_word_bytes(w);
      if (!holds_byte(x, '\'') && !holds_byte(x, 0xE2)) return false;
    }
    for (size_t k = 0; k < w.size(); ++k)
      if (w[k] == '\'' || (w[k] == '\xE2' && k + 2 < w.size() && w[k + 1] == '\x80' && w[k + 2] == '\x99')) return true;
    return false;
  }

  // Whether every word of four letters or more of quote q is capitalised, and one word at least is.
  bool in_title_case(size_t q) const {
    size_t capitalised = 0;
    for (int i = first_[q]; i >= 0 && i < last_[q]; ++i) {
      if (toks_[i].type != TokenType::kWord) continue;
      if (!toks_[i].capitalized && toks_[i].end - toks_[i].begin >= 4) return false;
      capitalised += toks_[i].capitalized;
    }
    return capitalised > 0;
  }

  // A short quote in title case that does not end a sentence names a work, not speech: “Fox News
  // Sunday”, ‘The 411’.
  bool is_title(size_t q) const {
    constexpr size_t kMaxWords = 6;  // a longer quote is no title: the words past it are not read
    size_t words = 0, long_words = 0, capitalised = 0;
    for (int i = first_[q]; i >= 0 && i < last_[q]; ++i) {
      if (toks_[i].type != TokenType::kWord) continue;
      // Pronouns and contractions make speech, not a title: “We're America.”, “It Is Over”.
      std::string_view w = word(i);
      if ((toks_[i].lexicons & bit(Lex::kPronouns)) || has_apostrophe(w)) return false;
      if (++words > kMaxWords) return false;
      bool minor = toks_[i].end - toks_[i].begin < 4 || (!toks_[i].capitalized && reader_.is_function_word(i));
      if (minor && !toks_[i].sentence_start) continue;  // "The Lead with Jake Tapper": "with" is no long word
      ++long_words;
      capitalised += toks_[i].capitalized;
    }
    int len;
    char32_t last = decode_before(text_, quotes_[q].end, &len);
    bool sentence_end = last == '.' || last == '!' || last == '?';
    bool title_case = long_words >= 1 && capitalised == long_words;
    if (!title_case) return false;
    if (long_words >= 2 && (!sentence_end || words <= 4)) return true;
    return names_work(q);
  }

  // "She declared “What a Super Tuesday!”": a person and a speech verb right before a quote make it
  // speech, whatever its case (not "a show called “…”", "an ad titled “…”").
  bool follows_cue(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]);
    bool punctuated = f > 0 && is_any_word(f - 1, ",", ":");
    if (punctuated) --f;
    // "Lind told “Harbour Talk” on Sunday": with no comma or colon, what follows "told" is its listener.
    if (!punctuated && f > 0 && is_any_word(f - 1, "told", "tells", "tell", "telling")) return false;
    if (f == 0 || !reader_.is_speech_cue(f - 1) ||
        is_any_word(f - 1, "called", "titled", "entitled", "named", "dubbed", "nicknamed", "labeled", "labelled"))
      return false;
    std::optional<Mention> m = reader_.phrase_before(f - 1, sentences_[tokens_.sentence_of(f - 1)].first);
    return m && m->type != MentionType::kDescription;
  }

  // A title-case quote that is surely a work's name, not a slogan: a show or a work named after its
  // owner or medium (MSNBC’s “Morning Joe”, on “Face the Nation”, titled “Arrogant”), one that a
  // speaker tells or appears with or in ("told “Harbour Talk”", "an interview with “Morning Pier”",
  // "in “The Long Pier”"), an event someone holds (a “Harbour Forum” hosted by …), or a subheading
  // (a paragraph that is only the quote).
  bool names_work(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (!starts_paragraph(f) &&
        (is_any_word(f - 1, "’s", "'s", "on", "titled", "entitled", "called", "named", "dubbed", "with", "in") ||
         equals(word(f - 1), "’S") || is_any_word(f - 1, "told", "tells", "tell", "telling") ||
         (f >= 2 && equals(word(f - 1), "of") &&
          is_any_word(f - 2, "broadcast", "episode", "edition", "segment", "season", "premiere", "host", "star"))))
      return true;
    // "a “Commander-in-Chief Forum” sponsored by NBC News": an event or a show that someone holds.
    size_t l = static_cast<size_t>(last_[q]);
    if (l + 1 < toks_.size() && equals(word(l + 1), "by") &&
        is_any_word(l, "sponsored", "hosted", "organized", "organised", "moderated", "broadcast", "aired", "produced"))
      return true;
    return starts_paragraph(f) && ends_paragraph(static_cast<size_t>(last_[q])) &&
           (static_cast<size_t>(last_[q]) >= toks_.size() || !tokens_.same_paragraph(last_[q], f) ||
            toks_[last_[q]].type == TokenType::kPunct);
  }

  // "“Follow Rosa Lind on Twitter @rosalind.”": the page's own line, inside quotation marks that a
  // transcript left open, is nobody's words.
  bool is_page_line(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]) + 1, l = static_cast<size_t>(last_[q]);
    if (f >= l || !reader_.is_page_word(f)) return false;
    for (size_t i = f; i < l; ++i)
      if (toks_[i].markup) return true;
    return false;
  }

  // "‘Not one more ferry.’" alone in its paragraph, in single marks and short: a subheading
  // that quotes the article, whose speaker the article gives later if at all.
  bool is_subheading(size_t q) const {
    if (!quotes_[q].single) return false;
    size_t f = static_cast<size_t>(first_[q]), l = static_cast<size_t>(last_[q]);
    if (!starts_paragraph(f) || !ends_paragraph(l, 2)) return false;
    size_t words = 0;
    for (size_t i = f; i < l; ++i) words += toks_[i].type == TokenType::kWord;
    return words <= kMaxSubheadingWords;
  }

  bool outside(size_t i) const { return !toks_[i].in_quote; }

  // A quote is direct when it reads as whole sentences of speech: it starts like a sentence (a capital,
  // or right after a colon or at its paragraph's start) and ends like one -- its punctuation inside the
  // marks, or, for two words or more, right after them, as British, German and French put it ("“We will
  // win”, he said.", "„Wir schaffen das“, sagte sie.") -- or runs long.
  bool is_direct(size_t q) const {
    const QuoteMarks& m = quotes_[q];
    int len;
    char32_t first = decode_at(text_, m.begin, &len);
    char32_t last = decode_before(text_, m.end, &len);
    bool starts = is_upper(first) || is_digit(first) || first == 0x2026 || first == '.';
    if (first_[q] > 0) {
      std::string_view before = word(first_[q] - 1);
      if (before == ":" || starts_paragraph(first_[q]) || resumes_split_quote(q)) starts = true;
    } else if (first_[q] == 0) {
      starts = true;
    }
    bool ends = last == '.' || last == ',' || last == '!' || last == '?' || last == 0x2026 || !m.closed;
    if (!starts || ends) return starts;
    // Or long enough to be speech however it ends: its words are counted up to kLong, not all.
    constexpr size_t kLong = 8;
    size_t words = 0;
    for (int i = first_[q]; i >= 0 && i < last_[q] && words < kLong; ++i) words += toks_[i].type == TokenType::kWord;
    const char after = m.close < text_.size() ? text_[m.close] : '\0';
    return words >= kLong || (words >= 2 && (after == ',' || after == '.' || after == '!' || after == '?'));
  }

  // "“Thank you,” she said, “the vote is closed.”": quote q goes on with the sentence of the quote
  // before it, which opened the sentence in a capital and broke off at a comma for a reporting clause.
  bool resumes_split_quote(size_t q) const {
    if (q == 0 || first_[q - 1] < 0 || !equals(word(first_[q] - 1), ",") ||
        tokens_.sentence_of(first_[q - 1]) != tokens_.sentence_of(first_[q]))
      return false;
    const QuoteMarks& before = quotes_[q - 1];
    int len;
    return is_upper(decode_at(text_, before.begin, &len)) && decode_before(text_, before.end, &len) == ',' &&
           starts_sentence(q - 1);
  }

  std::optional<Attribution> attribute(size_t q, QuoteKind kind, const Analysis& done) const {
    const Sentence& s = sentences_[tokens_.sentence_of(first_[q])];
    if (auto a = dash_label(q)) return a;
    if (auto a = inverted_before_quote(q, s)) return a;
    if (auto a = right_before_quote(q, s)) return a;
    if (auto a = cue_in_sentence(q, s)) {
      // "The rejection signals “the beginning of the end”, said Geert Wilders.": a verb of stance, or
      // a subject that is no name, gives way to a reporting clause that ends the sentence.
      bool weak = a->mention.type == MentionType::kDescription ||
                  (a->cue_last > a->cue_first && !reader_.is_speech_cue(a->cue_last - 1));
      if (weak)
        if (auto final = final_reporting_clause(q, s)) return final;
      return a;
    }
    if (auto a = according_to(s)) return a;
    if (auto a = colon_label(q)) return a;
    if (auto a = colon_subject(q, s)) return a;
    if (!starts_sentence(q)) {
      // "… the board has taken “a softer line” with the ferries, said Ines Varga, an expert": a reporting
      // clause that ends the sentence outranks the sentence's subject.
      if (auto a = final_reporting_clause(q, s)) return a;
      if (auto a = subject_of_sentence(q, s)) return a;
      if (kind != QuoteKind::kDirect) return std::nullopt;
    }
    if (auto a = colon_line(q)) return a;
    // "“…,” he said. Then he promised that …. “…”": a sentence of report between the quotes is nearer.
    if (s.first > 0 && !has_quote(sentences_[tokens_.sentence_of(s.first - 1)]))
      if (auto a = previous_sentence(q, s)) return a;
    if (auto a = continued(q, done)) return a;
    return previous_sentence(q, s);
  }

  Attribution make(const Mention& m, size_t cue_first, size_t cue_last, double confidence) const {
    Attribution a;
    a.mention = m;
    a.cue_first = cue_first;
    a.cue_last = cue_last;
    a.confidence = m.type == MentionType::kPronoun ? confidence * kPronounPenalty : confidence;
    return a;
  }

  // “…,” Trump said.  “…,” said Trump.  “…,” he told reporters.  “…” — Commissioner X
  std::optional<Attribution> after_quote(size_t q) const {
    size_t i = static_cast<size_t>(last_[q]);
    // A line that signs a quote paragraph: not one whose quote stands inside the writer's sentence.
    if (i < toks_.size() && starts_paragraph(i))
      return starts_paragraph(static_cast<size_t>(first_[q])) ? signature_line(i) : std::nullopt;
    size_t skipped = 0;
    while (i < toks_.size() && skipped < 2 && outside(i) && toks_[i].type == TokenType::kPunct &&
           (equals(word(i), ",") || is_dash_token(i)))
      ++i, ++skipped;
    if (i >= toks_.size() || !outside(i) || !tokens_.same_paragraph(i, last_[q] - 1)) return std::nullopt;
    // "The union-backed “Fares for All” movement plans …": a quote that ends in no punctuation, with
    // none after it, runs on into its sentence; the words after it are no reporting clause.
    if (skipped == 0 && !ends_with_punctuation(q)) return std::nullopt;
    // Past a quote that ends its sentence, only a question or exclamation takes a reporting clause
    // ("“…?” Trump asked."), or a sentence that is nothing else ("“….” Trump said."); after "“….”
    // Sanders called …" a new sentence has begun.
    size_t end = sentence_end_from(i);
    std::optional<Attribution> a = reporting_clause_at(i, end, skipped > 0 && is_dash_token(i - 1));
    bool new_sentence = toks_[i].sentence_start && !ends_with_question_or_exclamation(q);
    if (a && new_sentence && !only_punctuation(std::max<size_t>(a->cue_last, a->mention.last), end)) return std::nullopt;
    return a;
  }

  // "said Trump", "Trump said", "Elaine Kamarck, a veteran of the campaign, said", or after a dash a
  // bare name: the reporting clause that starts at token i.
  std::optional<Attribution> reporting_clause_at(size_t i, size_t end, bool after_dash) const {
    if (reader_.is_cue(i)) {
      // "“…,” telling Radio Nord that …": the phrase after a participle is its object, not its subject.
      if (reader_.is_participle(i)) return std::nullopt;
      size_t j = i + 1;
      while (j < end && reader_.is_modifier(j)) ++j;
      if (auto m = reader_.phrase_at(j, end)) {
        if (auto both = reader_.joined_names_from(*m, end)) m = both;  // "said Mr. Grassley and Mr. Leahy"
        return make(*m, i, i + 1, kAfterQuote);
      }
      if (auto m = description_to_comma(j, end)) return make(*m, i, i + 1, kAfterQuote);
      // "“…,” said Black, who …": a capitalised common word that ends the clause is a name.
      if (j < end && (j + 1 == end || is_any_word(j + 1, ",", ".")))
        if (auto m = common_word_as_name(j)) return make(*m, i, i + 1, kAfterQuote);
      return std::nullopt;
    }
    auto m = reader_.phrase_at(i, end);
    if (!m)
      if (auto a = lexicon_word_as_name(i, end)) return a;
    if (!m) return description_then_cue(i, end);
    if (auto both = reader_.joined_names_from(*m, end)) m = both;  // "“…,” Mr. Grassley and Mr. Leahy said"
    size_t j = skip_to_cue(m->last, end);
    if (j < end && reader_.is_cue(j) && agrees(*m, j)) return make(*m, first_modifier_before(j, m->last), j + 1, kAfterQuote);
    if (after_dash && (j >= end || equals(word(j), "."))) return make(*m, i, i, kAfterQuote);
    if (m->type != MentionType::kDescription && is_phrasal_verb(j, end)) return make(*m, j, j + 2, kAfterQuote);
    // "“…,” the Westbrook actor says": the name only qualifies a noun no lexicon knows.
    return description_then_cue(i, end);
  }

  // "“…,” Black said.": right after a quote, a capitalised common word right before a reporting verb
  // that agrees with it is a name.
  std::optional<Attribution> lexicon_word_as_name(size_t i, size_t end) const {
    if (i + 1 >= end || !reader_.is_cue(i + 1)) return std::nullopt;
    std::optional<Mention> m = common_word_as_name(i);
    if (!m || !agrees(*m, i + 1)) return std::nullopt;
    return make(*m, i + 1, i + 2, kAfterQuote);
  }

  // Token i as a one-word name, for surnames that the lexicons list as common words ("Black", "Read",
  // "From"): a capitalised word inside a sentence, outside quotes, no acronym and no pronoun ("I" is
  // the writer, whom phrase_at() leaves out). The caller knows its place makes it a speaker.
  std::optional<Mention> common_word_as_name(size_t i) const {
    const Token& t = toks_[i];
    if (t.type != TokenType::kWord || !t.capitalized || t.sentence_start || !outside(i) || reader_.is_acronym(i) ||
        reader_.in(i, Lex::kPronouns))
      return std::nullopt;
    Mention m = plain_description(i, i + 1);
    m.type = MentionType::kName;
    m.name_first = static_cast<uint32_t>(i);
    return m;
  }

  // "“…,” Lind shot back.", "“…,” she went on,", "her husband cut in": a past tense and a particle
  // that end the reporting clause.
  bool is_phrasal_verb(size_t j, size_t end) const {
    if (j + 2 > end || toks_[j].type != TokenType::kWord || toks_[j].capitalized || !outside(j) ||
        reader_.is_function_word(j) || !is_any_word(j + 1, "back", "on", "in", "up"))
      return false;
    return j + 2 == end || is_any_word(j + 2, ".", ",", "!", "?", ";");
  }

  // "“…,” the shipping tycoon told Radio Nord": right after a quote, a determiner and a few words that
  // no lexicon knows, then a reporting verb, are its speaker. A capital starts a new sentence ("“…?”
  // Her opponents called it …"), and the words after the quote are no reporting clause.
  std::optional<Attribution> description_then_cue(size_t i, size_t end) const {
    if (toks_[i].capitalized) return std::nullopt;
    for (size_t c = i + 2; c < end && c <= i + 6; ++c) {
      if (!reader_.is_cue(c)) continue;
      std::optional<Mention> m = reader_.short_description(i, first_modifier_before(c, i));
      if (m && agrees(*m, c)) return make(*m, first_modifier_before(c, m->last), c + 1, kAfterQuote);
      return std::nullopt;
    }
    return std::nullopt;
  }

  // "“…,” said the baker, who …": after an inverted reporting verb, a determiner and a few words up
  // to a comma or the sentence's end.
  std::optional<Mention> description_to_comma(size_t j, size_t end) const {
    size_t k = j;
    while (k < end && k - j <= 6 && toks_[k].type != TokenType::kPunct) ++k;
    if (k < end && !is_any_word(k, ",", ".")) return std::nullopt;
    std::optional<Mention> description = reader_.short_description(j, k);
    // "said a local farmer, Ann Toft.": the name after the comma is the speaker, the words before it their role.
    if (description && k < end && equals(word(k), ",")) {
      std::optional<Mention> name = reader_.name_after_role(j, k, end);
      if (name && (name->last >= end || is_any_word(name->last, ".", ","))) return name;
    }
    return description;
  }

  // ", said Geert Wilders, founder of the Party for Freedom." after quote q, ending its sentence.
  std::optional<Attribution> final_reporting_clause(size_t q, const Sentence& s) const {
    for (size_t k = static_cast<size_t>(last_[q]); k + 1 < s.last; ++k) {
      if (!equals(word(k), ",") || !outside(k)) continue;
      std::optional<Attribution> a = reporting_clause_at(k + 1, s.last, false);
      if (a && only_appositive(std::max<size_t>(a->cue_last, a->mention.last), s.last)) {
        a->confidence = a->mention.type == MentionType::kPronoun ? kLaterInSentence * kPronounPenalty : kLaterInSentence;
        return a;
      }
    }
    return std::nullopt;
  }

  // Whether nothing but an appositive and the closing punctuation follow token `from`: ", founder of
  // the Dutch Party for Freedom."
  bool only_appositive(size_t from, size_t end) const {
    size_t k = from;
    if (k < end && equals(word(k), ","))
      while (k < end && (toks_[k].type == TokenType::kWord || equals(word(k), ",")) && outside(k)) ++k;
    return only_punctuation(k, end);
  }

  bool only_punctuation(size_t from, size_t end) const {
    for (size_t k = from; k < end; ++k)
      if (toks_[k].type != TokenType::kPunct) return false;
    return true;
  }

  // "“WALLACE: Let’s start with …": a transcript's turn opens with its speaker's label in capitals.
  std::optional<Attribution> turn_label(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]) + 1;  // past the opening mark
    size_t colon = f;
    while (colon < static_cast<size_t>(last_[q]) && colon - f < kMaxLabelWords && reader_.is_acronym(colon)) ++colon;
    if (colon == f || colon >= static_cast<size_t>(last_[q]) || !equals(word(colon), ":") || reader_.is_page_word(f))
      return std::nullopt;  // (not "“VIDEO: …")
    Mention m = plain_description(f, colon);
    m.type = MentionType::kName;
    m.name_first = static_cast<uint32_t>(f);
    return make(m, colon, colon + 1, kColonLine);
  }

  // "“VARGA: It will reopen.”": the label and its colon name the speaker; the quoted words start at
  // the first token after the colon. The span stays whole when nothing follows the colon.
  uint32_t words_after_label(size_t q, size_t colon) const {
    size_t next = colon + 1;
    if (next >= toks_.size() || toks_[next].begin >= quotes_[q].end) return quotes_[q].begin;
    return toks_[next].begin;
  }

  // A paragraph that is only a dash and a name signs the quote paragraph before it: "— Clinton."
  std::optional<Attribution> signature_line(size_t i) const {
    if (!is_dash_token(i) || i + 1 >= toks_.size()) return std::nullopt;
    size_t end = sentence_end_from(i + 1);
    std::optional<Mention> m = reader_.phrase_at(i + 1, end);
    // (Not a news agency's credit line: "- Reuters.")
    if (!m || m->type != MentionType::kName || m->organization) return std::nullopt;
    size_t k = m->last;
    // "— Rosa Lind, Westbrook." and "— Rosa Lind, speaking at the pier.": what follows a comma in a
    // short line says where or how.
    if (k < toks_.size() && equals(word(k), ",") && ends_paragraph(k, kMaxSignatureTail)) return make(*m, i, i, kAfterQuote);
    while (k < toks_.size() && tokens_.same_paragraph(k, i) && toks_[k].type == TokenType::kPunct) ++k;
    if (k < toks_.size() && tokens_.same_paragraph(k, i)) return std::nullopt;
    return make(*m, i, i, kAfterQuote);
  }

  // Whether the cue at `c` can be the verb of subject `m`: "a Donald Trump tweet" is no "Trump tweeted".
  bool agrees(const Mention& m, size_t c) const {
    const LexiconEntry* e = reader_.cue_entry(c);
    bool bare = e && e->lemma.size() == word(c).size() && e->lemma == word(c);
    bool plural = m.gender == 'p' || m.group;
    return !bare || plural || (c > 0 && reader_.is_modifier(c - 1));
  }

  // Whether quote q's words end in punctuation: "“We will win,”", "“Why?”", "“Enough.”".
  bool ends_with_punctuation(size_t q) const {
    int len = 0;
    size_t end = quotes_[q].end;
    char32_t last = decode_before(text_, end, &len);
    // "“… say, ‘we sail,’”": past the closing marks of a quote inside it.
    while ((last == '\'' || last == 0x2019 || last == '"' || last == 0x201D) && end > quotes_[q].begin + static_cast<size_t>(len)) {
      end -= static_cast<size_t>(len);
      last = decode_before(text_, end, &len);
    }
    return last == ',' || last == '.' || last == '?' || last == '!' || last == 0x2026 || last == ';' || last == ':';
  }

  bool ends_with_question_or_exclamation(size_t q) const {
    int len;
    char32_t last = decode_before(text_, quotes_[q].end, &len);
    return last == '?' || last == '!';
  }

  bool is_dash_token(size_t i) const {
    int len;
    return toks_[i].type == TokenType::kPunct && is_dash(decode_at(text_, toks_[i].begin, &len));
  }

  // From the end of a speaker phrase, past modifiers and an appositive, to where its verb should be.
  size_t skip_to_cue(size_t j, size_t end) const {
    if (j < end && equals(word(j), "(")) {  // "Sanders (I-Vt.) said", "Price (D-Va.), shouted"
      size_t k = j;
      while (k < end && k - j < 10 && !equals(word(k), ")")) ++k;
      if (k < end) j = k + 1;
    }
    // "Kamarck, a veteran of the campaign, said"; "Anne Richards, assistant secretary of state for
    // population, refugees, and migration, said": the comma before the verb ends the appositive (the
    // first comma, when the phrase ends an appositive itself: "Scott’s niece, Marcia Price, shouted").
    if (j < end && equals(word(j), ",")) {
      for (size_t k = j; k < end && k - j < 30 && outside(k); ++k) {
        if (!equals(word(k), ",")) continue;
        size_t v = k + 1;
        while (v < end && reader_.is_modifier(v)) ++v;
        if (v < end && reader_.is_cue(v)) { j = k + 1; break; }
      }
    }
    while (j < end && reader_.is_modifier(j)) ++j;
    return j;
  }

  size_t first_modifier_before(size_t cue, size_t floor) const {
    size_t c = cue;
    while (c > floor && reader_.is_modifier(c - 1)) --c;
    return c;
  }

  size_t sentence_end_from(size_t i) const { return sentences_[tokens_.sentence_of(i)].last; }

  // "Trump replied, “…”", "Devine responded: “…”", "Kasich resisted: “…”": a verb right before the
  // quote, after its subject, is the quote's own reporting clause whatever came earlier in the sentence.
  std::optional<Attribution> right_before_quote(size_t q, const Sentence& s) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (f < s.first + 2 || !is_any_word(f - 1, ",", ":")) return std::nullopt;
    size_t c = f - 2;
    bool colon = equals(word(f - 1), ":");
    // (Not a reflexive after a name: "a phrase that could have come from Trump himself: “…”".)
    bool verb = reader_.is_cue(c) || (colon && toks_[c].type == TokenType::kWord && !toks_[c].capitalized &&
                                      outside(c) && !reader_.is_function_word(c) &&
                                      !is_any(word(c), {"himself", "herself", "themselves", "itself"}));
    if (!verb || listener_is_subject(c)) return std::nullopt;
    std::optional<Mention> m = participle_subject(c, s);
    if (!m) m = reader_.phrase_before(c, s.first);
    if (m) m = issuer_of_document(*m, c, s);
    if (!m) m = coordinated_subject(c, s.first);
    bool verb_phrase = false;  // "Rubio fired back forcefully: “…”": the cue is all of it
    if (!m && colon) verb_phrase = (m = subject_of_verb_phrase(c, s.first)).has_value();
    if (!m) m = reader_.opening_noun_phrase(s.first, first_modifier_before(c, s.first));  // "Another source said, “…”"
    else if (m->type == MentionType::kDescription) return std::nullopt;
    if (!m) return std::nullopt;
    return make(*m, verb_phrase ? m->last : first_modifier_before(c, m->last), c + 1, kAfterQuote);
  }

  // "Harbour Trust chairwoman Rosa Lind rallied supporters, saying: “…”": a participle after a comma
  // shares the sentence's subject, not the noun before the comma (nor the last of an introduction:
  // "In response to …, …"). After "…, Brandt said, adding, “…”" it is the reporting clause's subject.
  std::optional<Mention> participle_subject(size_t c, const Sentence& s) const {
    if (!reader_.is_participle(c) || c < s.first + 2 || !equals(word(c - 1), ",")) return std::nullopt;
    if (reader_.is_cue(c - 2) && reader_.is_past_form(c - 2))
      if (std::optional<Mention> m = reader_.phrase_before(c - 2, s.first)) return m;
    return sentence_subject(s, c - 1);
  }

  // "Rosa Lind issued a statement saying “…”", "she sent an email saying": a document after "a", the
  // object of a verb, is no subject of the participle after it; the verb's subject is. Returns
  // `m` itself otherwise (and nothing when the subject cannot be read).
  std::optional<Mention> issuer_of_document(const Mention& m, size_t cue, const Sentence& s) const {
    if (m.type != MentionType::kDescription || !reader_.is_participle(cue) || m.last != m.first + 2 ||
        !is_any_word(m.first, "a", "an") || !reader_.is_document(m.first + 1))
      return m;
    // A sign or a banner held up shows its words; a statement, a letter or an email is sent.
    if (is_any_word(m.first + 1, "sign", "banner")) return m;
    size_t verb = m.first;
    if (verb > s.first && is_any_word(verb - 1, "out", "up", "off")) --verb;  // "put out a statement"
    if (verb <= s.first + 1 || toks_[verb - 1].type != TokenType::kWord || toks_[verb - 1].capitalized ||
        reader_.is_function_word(verb - 1))
      return m;
    return reader_.phrase_before(verb - 1, s.first);  // the verb's subject
  }

  // Trump said it had been a “good day”; The talks were described as “very useful” by Yuri Ushakov.
  // (Hot, as the readers it calls: see mentions.cc.)
  [[gnu::hot]] std::optional<Attribution> cue_in_sentence(size_t q, const Sentence& s) const {
    std::optional<Attribution> before, earlier_clause;
    std::optional<Mention> subject;  // the subject of the latest verb, for "… and urged …"
    // "As Costa reported, his wife whispered: “…”": an introductory clause ends at its comma.
    bool introductory = is_any_word(s.first, "As", "When", "While", "After", "Before", "If", "Because", "Although",
                                    "Though", "Since", "In", "On", "At", "During", "Unlike", "Despite", "Amid", "Asked");
    const size_t quote_first = static_cast<size_t>(first_[q]);
    for (size_t c = next_to_read(s.first, quote_first); c < quote_first; c = next_to_read(c + 1, quote_first)) {
      if (std::optional<Mention> owner = reader_.owner_of_cue_noun(c, s.first)) {  // "Trump’s claim that “…”"
        // "… rejected Rosa Lind’s claim that “…”": the clause after "that" is the owner's.
        if (!before || (c + 1 < static_cast<size_t>(first_[q]) && equals(word(c + 1), "that")))
          before = make(*owner, c, c + 1, kBeforeQuote);
        subject = owner;
        continue;
      }
      bool ends_introduction = introductory && outside(c) && equals(word(c), ",");
      if (ends_introduction) introductory = false;
      if (ends_introduction || (outside(c) && is_any_word(c, "while", "whereas", "but", ";", "although", "though"))) {
        // A new clause may have a speaker of its own: "…, while the Kremlin described …". If it has
        // none before the quote ("…,” he said, but “…”"), the earlier clause's speaker stands.
        if (before) earlier_clause = before;
        before.reset();
        subject.reset();
      }
      if (!reader_.is_cue(c) && !puts_it(c)) continue;
      // "Lind was asked by Brandt, “…”": the asker is the agent, if the sentence names one.
      std::optional<Mention> m = listener_is_subject(c) ? passive_agent(c, s.last) : reader_.phrase_before(c, s.first);
      if (!m && listener_is_subject(c)) continue;
      if (m) m = issuer_of_document(*m, c, s);
      bool own_subject = m.has_value();
      if (!m) m = coordinated_subject(c, s.first);
      if (!m && subject && c > s.first && is_any_word(c - 1, "and", ",")) m = subject;
      if (!m) m = passive_agent(c, s.last);
      if (!m && toks_[c].sentence_start) m = reader_.phrase_at(c + 1, first_[q]);  // "Said Ellis: “…”"
      if (!m && c > s.first && is_any_word(c - 1, ",", "by", "after", "before", "while", "when", "of"))
        m = sentence_subject(s, c);  // "Trump doubled down, saying “…”", "… by saying “…”"
      // "“The risk,” said Edward Leamer, an economist, “is that …”": the second half's reporting clause.
      if (!m && c > s.first && !outside(c - 1)) m = reader_.phrase_at(c + 1, static_cast<size_t>(first_[q]));
      if (!m) m = reader_.opening_noun_phrase(s.first, first_modifier_before(c, s.first));
      if (!m) m = description_after_comma(c, s.first);  // "…, a dock worker shouted “…”"
      if (!m) continue;
      // "When a woman asked for a photo and Clinton said, “…”": a new subject after "and" starts a
      // clause of its own.
      bool new_clause = m->first > s.first && is_any_word(m->first - 1, "and", "but") &&
                        (!subject || subject->first != m->first) && !is_passive(m->last, c);
      // "McCain issued a statement after Trump told a town hall that waterboarding is “peanuts”": a
      // subordinate clause with a speech verb of its own speaks the quote it leads to.
      // "… meddling the California congressman said is designed to “sow discord”": so does a reporting
      // clause inside a relative clause, its verb followed by "is" or "was".
      bool subordinate = m->first > s.first && reader_.is_speech_cue(c) &&
                         (is_any_word(m->first - 1, "after", "when", "as", "while", "which", "because", "since", "before", "until", "who", "whom") ||
                          (c + 1 < static_cast<size_t>(first_[q]) && is_any_word(c + 1, "is", "was", "are", "were")));
      new_clause = new_clause || subordinate || relative_clause_leads_to(*m, c, static_cast<size_t>(first_[q]));
      new_clause = new_clause || (before && own_subject && opens_main_clause(*m, c, before->cue_last));
      subject = m;
      if (!before || new_clause) before = make(*m, first_modifier_before(c, m->last), c + 1, kBeforeQuote);
    }
    if (before) return before;
    if (earlier_clause) return earlier_clause;
    for (size_t c = static_cast<size_t>(last_[q]); c < s.last; ++c) {
      if (!reader_.is_cue(c)) continue;
      std::optional<Mention> m = reader_.phrase_before(c, s.first);
      if (!m) m = passive_agent(c, s.last);
      if (m && (m->last <= static_cast<size_t>(first_[q]) || m->first >= static_cast<size_t>(last_[q])))
        return make(*m, first_modifier_before(c, m->last), c + 1, kLaterInSentence);
    }
    return std::nullopt;
  }

  // "Later, in a statement issued by the port, Ines Varga said the fares were “too high”": a name after
  // a comma, with a verb of its own that is no participle, opens the main clause; its verb governs the
  // quote over a cue in the introduction before it (`after`: one past that cue). So does a name right
  // after an earlier quote ("Lind cannot say that “…,” Brandt added, saying …"). Not "…, calling
  // Brandt “a liar”": a participle's subject is the sentence's, the name before it an object.
  bool opens_main_clause(const Mention& m, size_t cue, size_t after) const {
    // "Ferry forecasts, she added, were “…”": a pronoun and its verb set off by commas report the rest.
    bool aside = m.type == MentionType::kPronoun && cue + 1 < toks_.size() && equals(word(cue + 1), ",");
    return (m.type == MentionType::kName || aside) && m.relative < 0 && m.first > after && !reader_.is_participle(cue) &&
           (is_any_word(m.first - 1, ",", "—", "–") || !outside(m.first - 1));
  }

  // "When Lind praised the harbour, a dock worker shouted “…”": after a comma or a quote, a determiner and at
  // most three lower-case words that no lexicon knows, right before the cue, are its subject. (A name
  // there is phrase_before()'s to find.)
  std::optional<Mention> description_after_comma(size_t cue, size_t floor) const {
    size_t verb = first_modifier_before(cue, floor);
    // "…, a plan seen by critics as …", "…, the clerk known as …", "…, his staff were told":
    // a passive or a participle that qualifies the noun, whose subject is someone else.
    if (is_passive(verb, cue) || (cue + 1 < toks_.size() && is_any_word(cue + 1, "by", "as"))) return std::nullopt;
    for (size_t k = verb; k-- > floor && verb - k <= kMaxDescriptionAfterComma + 1;) {
      // "“…,” the skipper said, “…”": a quote's closing mark ends what comes before, as a comma does.
      if (!outside(k) && k + 1 < verb) return reader_.short_description(k + 1, verb);
      if (!outside(k) || (toks_[k].capitalized && !equals(word(k), ",") && k + 1 < verb)) return std::nullopt;
      if (equals(word(k), ",")) return reader_.short_description(k + 1, verb);
    }
    return std::nullopt;
  }

  // "Lind said the vote was close, praising Brandt, who added that the fares were “too high”": a "who"
  // clause whose speech verb runs on to the quote, no comma between, speaks it, whatever verb came
  // first (the relative pronoun is the local mention). Not "Lind said that Brandt, who wrote the
  // report, was “wrong”": that clause closes before the quote.
  bool relative_clause_leads_to(const Mention& m, size_t cue, size_t quote_first) const {
    if (m.relative < 0 || !equals(word(static_cast<size_t>(m.relative)), "who") || !reader_.is_speech_cue(cue)) return false;
    for (size_t k = cue + 1; k < quote_first; ++k)
      if (outside(k) && is_any_word(k, ",", ";", "—", "–")) return false;
    return true;
  }

  // "…, Rubio fired back forcefully: “…”", "Trump shot back:": a name or pronoun, a past tense, then
  // maybe a particle and an adverb, up to the colon.
  std::optional<Mention> subject_of_verb_phrase(size_t last_word, size_t floor) const {
    size_t k = last_word + 1;
    if (k - 1 > floor && has_suffix(word(k - 1), "ly")) --k;
    if (k - 1 > floor && is_any_word(k - 1, "back", "out", "up", "off")) --k;
    if (k - 1 <= floor || !has_suffix(word(k - 1), "ed") || toks_[k - 1].capitalized) return std::nullopt;
    std::optional<Mention> m = reader_.phrase_before(k - 1, floor);
    if (!m || m->type == MentionType::kDescription) return std::nullopt;
    return m;
  }


  // "she laughed and said": the subject of the verb that the cue is coordinated with.
  std::optional<Mention> coordinated_subject(size_t cue, size_t floor) const {
    if (cue < floor + 3 || !equals(word(cue - 1), "and")) return std::nullopt;
    size_t verb = equals(word(cue - 2), ",") ? cue - 3 : cue - 2;
    const Token& t = toks_[verb];
    if (verb <= floor || t.type != TokenType::kWord || t.capitalized || !outside(verb) || reader_.is_function_word(verb))
      return std::nullopt;
    return reader_.phrase_before(verb, floor);
  }

  // The subject that opens a sentence (after an introductory phrase), for verbs that share it:
  // "Trump doubled down, saying …".
  std::optional<Mention> sentence_subject(const Sentence& s, size_t before) const {
    size_t start = s.first;
    // "Speaking in Salem, …": a participle opens an introductory phrase too.
    bool opener = is_any_word(start, "On", "In", "At", "After", "Before", "During", "Later", "Earlier", "Meanwhile", "But", "And") ||
                  reader_.is_participle(start);
    // "Thirteen years earlier, she had voted …": any short phrase and a comma before the subject.
    if (!opener && !reader_.opens_clause(start, before)) {
      size_t k = start;
      while (k < before && k - start < 8 && !equals(word(k), ",") && outside(k)) ++k;
      opener = k < before && equals(word(k), ",") && reader_.opens_clause(k + 1, before);
    }
    if (opener) {
      size_t k = start;
      while (k < before && !equals(word(k), ",")) ++k;
      if (k + 2 < before && is_number(k + 1) && equals(word(k + 2), ",")) k += 2;  // "On July 6, 2015, …"
      // "Speaking in Salem, New Hampshire, Trump went …": the subject is the phrase a verb follows.
      while (k + 1 < before && !reader_.opens_clause(k + 1, before)) {
        size_t next = k + 1;
        while (next < before && !equals(word(next), ",")) ++next;
        if (next >= before || next - k > 8) break;
        k = next;
      }
      start = k < before ? k + 1 : s.first + 1;
    }
    if (start >= before) return std::nullopt;
    std::optional<Mention> m = reader_.phrase_at(start, before);
    if (m && m->type == MentionType::kDescription && m->last - m->first > 4) return std::nullopt;
    return m;
  }

  // A name of one word that opens its sentence, where any word is capitalised ("Beloved cult hit “…”",
  // "US cinema gunman ‘…’"), is the subject only with a verb right after it.
  bool lone_opening_word(const Mention& m, const Sentence& s) const {
    return m.type == MentionType::kName && m.first == s.first && m.last == m.first + 1;
  }
  // "Soccer meets “Portal” in a game of heading soccer balls": a word that its paragraph also writes in
  // lower case is capitalised as its sentence's first word, not as a name.
  bool written_in_lower_case(size_t i) const {
    const std::string_view w = word(i);
    const int p = tokens_.paragraph_of(i);
    for (size_t k = tokens_.first_token_of_paragraph(p), end = tokens_.first_token_of_paragraph(p + 1); k < end; ++k) {
      const std::string_view other = word(k);
      if (!toks_[k].capitalized && other.size() == w.size() && other[0] == (w[0] | 0x20) && other.substr(1) == w.substr(1))
        return true;
    }
    return false;
  }
  // A word with a verb's ending, -s or -ed (after a name: "Reid says", "Reid called"; not "US cinema").
  bool reads_as_verb(size_t i) const { return has_suffix(word(i), "s") || has_suffix(word(i), "ed"); }

  // "Reid has gone after Trump as a “human leech”", "Trump has used the phrase “…”": quoted words
  // with no reporting verb are, for want of better, the words of the sentence's subject -- a name or a
  // pronoun followed by its verb.
  std::optional<Attribution> subject_of_sentence(size_t q, const Sentence& s) const {
    std::optional<Mention> m = sentence_subject(s, static_cast<size_t>(first_[q]));
    if (!m || m->type == MentionType::kDescription || m->last >= static_cast<size_t>(first_[q])) return std::nullopt;
    // "It includes the original “Rez”": quoted words in title case after "it" name what it holds.
    if (m->type == MentionType::kPronoun && m->gender == 'n' && in_title_case(q)) return std::nullopt;
    size_t verb = m->last;
    bool be = false;  // "He’s been investigated for promoting “magic” pills": a passive's subject said nothing
    for (; verb < static_cast<size_t>(first_[q]) && reader_.is_modifier(verb); ++verb) be = be || reader_.is_form_of_be(verb);
    const Token& next = toks_[verb];
    if (next.type != TokenType::kWord || next.capitalized || reader_.is_function_word(verb)) return std::nullopt;
    if (be && word(verb).size() > 2 && word(verb).substr(word(verb).size() - 2) == "ed") return std::nullopt;
    if (lone_opening_word(*m, s) && ((verb == m->last && !reads_as_verb(verb)) || written_in_lower_case(m->first)))
      return std::nullopt;
    return make(*m, m->last, m->last, kSentenceSubject);
  }

  // "She then addressed the supporters again: “…”": after a colon, the quote is what the sentence's
  // subject said.
  std::optional<Attribution> colon_subject(size_t q, const Sentence& s) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (f < s.first + 2 || !equals(word(f - 1), ":")) return std::nullopt;
    std::optional<Mention> m = sentence_subject(s, f - 1);
    if (!m || m->type == MentionType::kDescription) return std::nullopt;
    return make(*m, f - 1, f - 1, kColonLine);
  }

  // "…, explained moderator Rosa Lind: “…”", "The plan, wrote Tomas Brandt of The Harbour Times, “…”":
  // after a comma, an inverted reporting clause -- the verb, then a name up to the comma or colon that
  // opens the quote -- is the quote's own.
  std::optional<Attribution> inverted_before_quote(size_t q, const Sentence& s) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (f < s.first + 3 || !is_any_word(f - 1, ",", ":")) return std::nullopt;
    size_t end = f - 1;
    for (size_t c = end - 1; c > s.first && end - c <= kMaxInvertedClause; --c) {
      if (!outside(c)) return std::nullopt;
      if (!reader_.is_cue(c)) continue;
      // "…, told Harbour Radio, “…”": after a verb that takes a listener, the name is the listener.
      if (reader_.is_participle(c) || reader_.takes_listener(c) || !is_any_word(c - 1, ",", "—", "–"))
        return std::nullopt;
      std::optional<Mention> m = reader_.phrase_at(c + 1, end);
      if (!m || m->type != MentionType::kName) return std::nullopt;
      for (size_t k = m->last; k < end; ++k)  // "of The Harbour Times"
        if (!toks_[k].capitalized && !is_any_word(k, "of", "the", "at")) return std::nullopt;
      return make(*m, c, c + 1, kAfterQuote);
    }
    return std::nullopt;
  }

  // "Ferry counts are up - Rosa Lind: “…”": after a dash, a name and a colon label the quote after
  // them, whatever came before the dash (a heading, a clause with a verb of its own).
  std::optional<Attribution> dash_label(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (f < 3 || !equals(word(f - 1), ":")) return std::nullopt;
    size_t floor = sentences_[tokens_.sentence_of(f - 1)].first;
    std::optional<Mention> m = reader_.phrase_before(f - 1, floor);
    if (!m || m->type != MentionType::kName || m->first <= floor || !is_dash_token(m->first - 1)) return std::nullopt;
    return make(*m, f - 1, f - 1, kColonLine);
  }

  // "Clinton: “…”", as transcripts and debate write-ups label their speakers.
  std::optional<Attribution> colon_label(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (f < 2 || !equals(word(f - 1), ":") || starts_paragraph(f)) return std::nullopt;
    size_t floor = sentences_[tokens_.sentence_of(f - 1)].first;
    if (f - 1 - floor > kMaxLabel) return std::nullopt;  // a label is short
    if (auto m = reader_.phrase_before(f - 1, floor); m && m->type == MentionType::kName)
      return make(*m, f - 1, f - 1, kColonLine);
    return std::nullopt;
  }

  // "As the Harbour Times put it, “…”", "as she puts it,": "put it" reports words as a reporting verb
  // does, though "put" alone reports nothing.
  bool puts_it(size_t c) const {
    return c + 1 < toks_.size() && outside(c) && is_any_word(c, "put", "puts") && !toks_[c].capitalized &&
           equals(word(c + 1), "it");
  }

  // The first token from `c` on, before `last`, that cue_in_sentence() must read, or `last`: a cue, or
  // outside quotes a reporting noun, a comma, a word that opens a clause or "put". A loop of its own,
  // with no call in it, so that its index stays in a register, not in memory around the calls of
  // cue_in_sentence()'s loop (1.8M instructions on dev x10). Out of line: inlined, it made
  // cue_in_sentence() larger, and the run had more I-cache misses than it saved instructions. (Hot:
  // see mentions.cc.)
  [[gnu::noinline, gnu::hot]] size_t next_to_read(size_t c, size_t last) const {
    // Most tokens are none of the words below, and are turned away by one lookup of their short code.
    static constexpr ShortWordSet kOpeners =
        short_word_set({",", "while", "whereas", "but", ";", "although", "though", "put", "puts"});
    const char* const text_end = text_.data() + text_.size();
    for (; c < last; ++c) {
      const Token& t = toks_[c];
      if (t.cue) break;
      if (t.in_quote) continue;
      if ((t.lexicons & bit(Lex::kCueNouns)) || kOpeners.holds(short_code(word(c), text_end))) break;
    }
    return c;
  }

  // "Lind was asked, “…?”", "they were told: “…”", "the plan was called “…”": the subject of a passive
  // verb that takes a listener (or an object) is that listener; the words are someone else's.
  bool listener_is_subject(size_t cue) const {
    return cue > 0 && reader_.takes_listener(cue) && reader_.is_past_form(cue) &&
           reader_.is_form_of_be(cue - 1);
  }

  // "… could be discussed": a form of "be" among the words between a subject and its verb.
  bool is_passive(size_t from, size_t verb) const {
    for (size_t k = from; k < verb; ++k)
      if (reader_.is_form_of_be(k)) return true;
    return false;
  }

  bool is_number(size_t i) const {
    std::string_view w = word(i);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); });
  }

  // Whether token `i` is one of `words`, as they are written (case counts). The words are string
  // literals, whose lengths are known when compiling: each compare is a few instructions inline (by
  // equals(): std::string_view's == had been a call of memcmp() in the WebAssembly build), where a loop
  // over an initializer_list of them mispredicted its exit ~80K times on dev x10.
  template <size_t... N>
  bool is_any_word(size_t i, const char (&... words)[N]) const {
    const std::string_view w = word(i);
    return (... || equals(w, words));
  }

  // "described as … by Putin aide Yuri Ushakov": the agent of a passive reporting verb.
  std::optional<Mention> passive_agent(size_t cue, size_t end) const {
    if (cue == 0 || !is_any_word(cue - 1, "was", "were", "been", "being", "is", "are")) return std::nullopt;
    for (size_t k = cue + 1; k + 1 < end && k - cue < 30; ++k)
      if (outside(k) && equals(word(k), "by")) return reader_.phrase_at(k + 1, end);
    return std::nullopt;
  }

  // "according to the Kremlin" anywhere in the sentence.
  std::optional<Attribution> according_to(const Sentence& s) const {
    for (size_t c = s.first; c + 2 < s.last; ++c) {
      if (!outside(c) || !(equals(word(c), "according") || equals(word(c), "According")) || !equals(word(c + 1), "to")) continue;
      if (auto m = reader_.source_after_according_to(c + 2, s.last)) return make(*m, c, c + 2, kAccordingTo);
    }
    return std::nullopt;
  }

  // A quote paragraph after a line that ends with a colon: "From Chairwoman Y:".
  std::optional<Attribution> colon_line(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (f == 0 || !starts_paragraph(f) || !equals(word(f - 1), ":")) return std::nullopt;
    size_t floor = sentences_[tokens_.sentence_of(f - 1)].first;
    size_t end = f - 1;
    if (end > floor && reader_.is_speech_cue(end - 1)) {  // "Caddell continued:"
      size_t cue = end - 1;
      if (auto m = reader_.phrase_before(cue, floor)) return make(*m, cue, cue + 1, kColonLine);
    }
    // "Sanders made the following comment:", "The senator released this statement:" -- a subject,
    // then a verb; the statement is no speaker.
    if (auto m = reader_.phrase_before(end, floor); m && !reader_.in(m->last - 1, Lex::kCueNouns))
      return make(*m, end, end, kColonLine);
    if (auto m = sentence_subject(sentences_[tokens_.sentence_of(f - 1)], end);
        m && m->last < end && toks_[m->last].type == TokenType::kWord && !toks_[m->last].capitalized)
      return make(*m, end, end, kColonLine);
    return std::nullopt;
  }

  // A direct quote with no cue continues the previous quote's speaker when nothing intervenes: the
  // previous quote is in the same paragraph, or ends the paragraph before this one's -- but for a
  // photo's caption or a subheading between them, as a web page lays them out.
  std::optional<Attribution> continued(size_t q, const Analysis& done) const {
    if (q == 0 || done.quotes[q - 1].entity < 0 || last_[q - 1] < 0) return std::nullopt;
    int here = tokens_.paragraph_of(first_[q]);
    int there = tokens_.paragraph_of(last_[q - 1] - 1);
    bool same_paragraph = here == there;
    while (here > there + 1 && here - there <= 1 + kMaxCaptionsBetween && is_caption(there + 1)) ++there;
    // "… ,” Carter told the Shangri-La Dialogue, a regional security forum in Singapore." may end it.
    bool next_paragraph = here == there + 1 && static_cast<size_t>(last_[q - 1]) <= toks_.size() &&
                          ends_paragraph(static_cast<size_t>(last_[q - 1]), kMaxReportingClause) &&
                          starts_paragraph(first_[q]);
    if (!same_paragraph && !next_paragraph) return std::nullopt;
    Attribution a;
    a.inherited_from = static_cast<int>(q - 1);
    bool short_tail = same_paragraph || ends_paragraph(static_cast<size_t>(last_[q - 1]));
    a.confidence = short_tail ? kContinued : kContinuedPastLongClause;
    return a;
  }

  // "Hori Parata at his farm, where he was born", "whale strandings": a short paragraph with no quote
  // that does not end like a sentence is a caption or a subheading, not the article's prose.
  bool is_caption(int paragraph) const {
    size_t first = tokens_.first_token_of_paragraph(paragraph), last = tokens_.first_token_of_paragraph(paragraph + 1);
    if (first >= last || last - first > kMaxCaptionTokens) return false;
    for (size_t i = first; i < last; ++i)
      if (!outside(i)) return false;
    return !is_any_word(last - 1, ".", "!", "?", ":");
  }

  bool has_quote(const Sentence& s) const {
    for (size_t i = s.first; i < s.last; ++i)
      if (!outside(i)) return true;
    return false;
  }

  // Whether quote q opens its sentence, or follows only an adverb that does ("Instead, “…”").
  bool starts_sentence(size_t q) const {
    size_t f = static_cast<size_t>(first_[q]);
    if (f >= 2 && equals(word(f - 1), ",") && toks_[f - 2].sentence_start && toks_[f - 2].capitalized &&
        (toks_[f - 2].lexicons & (bit(Lex::kCueModifiers) | bit(Lex::kFunctionWords))))
      return true;
    return opens_sentence(q);
  }

  bool opens_sentence(size_t q) const { return toks_[first_[q]].sentence_start; }

  // A quote that opens a sentence right after "…, Schiff said." or "Trump said Friday that …" in the
  // same paragraph continues that sentence's speaker.
  std::optional<Attribution> previous_sentence(size_t q, const Sentence& s) const {
    if (!starts_sentence(q) || s.first == 0) return std::nullopt;
    const Sentence& prev = sentences_[tokens_.sentence_of(s.first - 1)];
    bool same_paragraph = tokens_.same_paragraph(prev.first, s.first);
    bool paragraph_after = tokens_.paragraph_of(prev.first) + 1 == tokens_.paragraph_of(s.first) &&
                           starts_paragraph(first_[q]) && !has_quote(prev);
    if (!same_paragraph && !paragraph_after) return std::nullopt;
    for (size_t c = prev.first; c < prev.last; ++c) {
      // "Bystrom agreed. “…”": a verb of stance that ends its sentence introduces the quote after it.
      bool introduces = reader_.is_speech_cue(c) || (reader_.is_cue(c) && only_punctuation(c + 1, prev.last));
      if (!introduces) continue;
      if (auto m = reader_.phrase_before(c, prev.first))
        return make(*m, first_modifier_before(c, m->last), c + 1, kPreviousSentence);
      if (auto m = reader_.phrase_at(c + 1, prev.last)) return make(*m, c, c + 1, kPreviousSentence);
    }
    return std::nullopt;
  }

  // Whether only a few tokens (a reporting clause like ", he said.") follow token `i` in its paragraph:
  // at most `most`, and no quote. Bounded, so that the pass stays linear.
  bool ends_paragraph(size_t i, size_t most = 8) const {
    for (size_t n = 0; i < toks_.size() && !starts_paragraph(i); ++i, ++n)
      if (!outside(i) || n == most) return false;
    return true;
  }

  bool starts_paragraph(size_t i) const { return toks_[i].paragraph_start; }

  std::string_view text_;
  const std::vector<QuoteMarks>& quotes_;
  const Tokens& tokens_;
  const std::vector<Token>& toks_;
  const std::vector<Sentence>& sentences_;
  MentionReader reader_;
  mutable EntityResolver entities_;
  std::vector<int> first_, last_;
  std::vector<bool> works_;  // works_[q]: quote q surely names a work (MSNBC’s “Morning Joe”), no speech
  bool first_paragraph_is_headline_ = false;
  const ClaimModel& model_;
  std::vector<ClaimCandidate>* trace_;  // for training: every candidate claim, none dropped by the model
};

}  // namespace

Analysis attribute(std::string_view text, const std::vector<Paragraph>& paragraphs,
                   const std::vector<QuoteMarks>& quotes, std::vector<ClaimCandidate>* trace,
                   const ClaimModel* model) {
  Tokens tokens = tokenize(text, paragraphs, quotes, find_markup(text));
  return Attributor(text, quotes, tokens, model ? *model : ClaimModel::get(), trace).run();
}

}  // namespace whosaid
