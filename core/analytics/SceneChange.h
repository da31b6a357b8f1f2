#pragma once
// Whether a change between two pictures is a change of the whole picture (lights switched on, the
// camera's day/night switch, auto exposure, a PTZ move) rather than something moving in it: the
// mean brightness jumped, or most of the picture changed at once. Pure; any thread.
namespace pantau::analytics {

class SceneChange
{
public:
    static constexpr double kMeanJump = 12.0;        // grey levels (0..255) between two pictures
    static constexpr double kChangedFraction = 0.35; // of the picture's pixels

    static bool isWholePicture(double meanBefore, double meanNow, double changedFraction)
    {
        const double jump = meanNow > meanBefore ? meanNow - meanBefore : meanBefore - meanNow;
        return jump >= kMeanJump || changedFraction >= kChangedFraction;
    }
};

} // namespace pantau::analytics
