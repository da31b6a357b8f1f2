#include "ui/wall/TileStreamChoice.h"

namespace pantau {

StreamKind TileStreamChoice::wantedKind(int paintHeightPx, int subMaxHeightPx)
{
    return paintHeightPx <= subMaxHeightPx ? StreamKind::Sub : StreamKind::Main;
}

TileStreamChoice::Step TileStreamChoice::nextStep(StreamKind wanted, StreamKind painted, StreamKind prepared,
                                                  bool cameraHasSubStream)
{
    if (painted == StreamKind::Invalid)
        return Step::Lease;
    const bool paintsWanted = painted == wanted || !cameraHasSubStream;
    if (!paintsWanted)
        return prepared == wanted ? Step::Keep : Step::Prepare;
    return prepared != StreamKind::Invalid ? Step::DropPrepared : Step::Keep;
}

} // namespace pantau
