#pragma once
// Which stream a wall tile paints, and what to do with its leases to get there: a pure policy
// (no state, no Qt objects), unit-tested; TileStream acts on it. Any thread.
//
// Tiles up to the sub-stream threshold (device pixels high) paint the sub stream, taller ones the
// main stream; a full-screen tile is simply a tall one. A tile that already paints one stream
// keeps painting it while the other is prepared, until that one has its first frame (no black).
#include "core/camera/Camera.h"

namespace pantau {

struct TileStreamChoice
{
    static StreamKind wantedKind(int paintHeightPx, int subMaxHeightPx);

    enum class Step {
        Keep,         // nothing to change
        Lease,        // nothing painted yet: lease the wanted stream and paint it
        Prepare,      // keep painting; lease the wanted stream beside it (replacing another one)
        DropPrepared, // what is painted is right: let the prepared stream go
    };
    // painted / prepared: the kinds leased (Invalid: none). A camera without a sub stream plays
    // the same stream for both kinds, so whatever it paints is right.
    static Step nextStep(StreamKind wanted, StreamKind painted, StreamKind prepared, bool cameraHasSubStream);
};

} // namespace pantau
