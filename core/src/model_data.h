// The claim model's file compiled into the engine (generated into model_data.cc at build time from
// core/models/claims.txt; see claim_model.h).
#ifndef WHOSAID_MODEL_DATA_H_
#define WHOSAID_MODEL_DATA_H_

namespace whosaid {

extern const char kClaimModelText[];

}  // namespace whosaid

#endif  // WHOSAID_MODEL_DATA_H_
