#include "core/ptz/GamepadInput.h"

#include "core/Log.h"

#include <SDL.h>

#include <cmath>

namespace pantau::ptz {

namespace {
SDL_GameController *pad(void *p)
{
    return static_cast<SDL_GameController *>(p);
}
} // namespace

GamepadInput::GamepadInput(QObject *parent) : QObject(parent)
{
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1"); // we have no SDL window
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");               // Qt handles the signals
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0) {
        qCInfo(lcPtz) << "no game controller support:" << SDL_GetError();
        return;
    }
    m_sdlReady = true;
    connect(&m_poll, &QTimer::timeout, this, &GamepadInput::pollNow);
    openPads();
}

GamepadInput::~GamepadInput()
{
    if (m_target && !m_last.isZero())
        m_target->stop();
    for (void *p : std::as_const(m_pads))
        SDL_GameControllerClose(pad(p));
    if (m_sdlReady)
        SDL_QuitSubSystem(SDL_INIT_GAMECONTROLLER);
}

int GamepadInput::padCount() const
{
    return int(m_pads.size());
}

QString GamepadInput::padName() const
{
    return m_pads.isEmpty() ? QString() : QString::fromUtf8(SDL_GameControllerName(pad(m_pads.first())));
}

double GamepadInput::axisValue(int raw)
{
    if (std::abs(raw) < kDeadZone)
        return 0.0;
    const double n = (std::abs(raw) - kDeadZone) / double(32767 - kDeadZone);
    return std::copysign(std::min(1.0, n * n), double(raw)); // quadratic: fine control near centre
}

void GamepadInput::setTarget(PtzDriver *driver)
{
    if (m_target == driver)
        return;
    if (m_target && !m_last.isZero())
        m_target->stop();
    m_last = {};
    m_target = driver;
}

void GamepadInput::openPads()
{
    const int before = int(m_pads.size());
    for (void *p : std::as_const(m_pads))
        SDL_GameControllerClose(pad(p));
    m_pads.clear();
    for (int i = 0; i < SDL_NumJoysticks(); ++i) {
        if (!SDL_IsGameController(i))
            continue;
        if (SDL_GameController *c = SDL_GameControllerOpen(i)) {
            m_pads.push_back(c);
            qCInfo(lcPtz) << "game controller:" << SDL_GameControllerName(c);
        }
    }
    m_poll.start(m_pads.isEmpty() ? 1000 : 20);
    if (before != m_pads.size())
        Q_EMIT padsChanged();
}

void GamepadInput::pollNow()
{
    if (!m_sdlReady)
        return;
    bool replug = false;
    SDL_Event e;
    while (SDL_PollEvent(&e))
        replug |= e.type == SDL_CONTROLLERDEVICEADDED || e.type == SDL_CONTROLLERDEVICEREMOVED ||
                  e.type == SDL_JOYDEVICEADDED || e.type == SDL_JOYDEVICEREMOVED;
    SDL_GameControllerUpdate();
    if (replug || (m_pads.isEmpty() && SDL_NumJoysticks() > 0)) {
        openPads();
        if (m_pads.isEmpty() && m_target && !m_last.isZero()) { // unplugged mid-move
            m_target->stop();
            m_last = {};
        }
    }
    PtzVector v;
    bool stopPressed = false, homePressed = false;
    for (void *p : std::as_const(m_pads)) {
        SDL_GameController *c = pad(p);
        if (!SDL_GameControllerGetAttached(c))
            continue;
        const PtzVector pv{axisValue(SDL_GameControllerGetAxis(c, SDL_CONTROLLER_AXIS_LEFTX)),
                           -axisValue(SDL_GameControllerGetAxis(c, SDL_CONTROLLER_AXIS_LEFTY)),
                           -axisValue(SDL_GameControllerGetAxis(c, SDL_CONTROLLER_AXIS_RIGHTY))};
        const double triggers = axisValue(SDL_GameControllerGetAxis(c, SDL_CONTROLLER_AXIS_TRIGGERRIGHT)) -
                                axisValue(SDL_GameControllerGetAxis(c, SDL_CONTROLLER_AXIS_TRIGGERLEFT));
        if (!pv.isZero() || triggers != 0.0) {
            v = pv;
            if (v.zoom == 0.0)
                v.zoom = triggers;
        }
        stopPressed |= SDL_GameControllerGetButton(c, SDL_CONTROLLER_BUTTON_B) != 0;
        homePressed |= SDL_GameControllerGetButton(c, SDL_CONTROLLER_BUTTON_A) != 0;
    }
    if (!m_target)
        return;
    if (stopPressed)
        v = {};
    if (!v.isZero())
        m_target->setVelocity(v); // every poll: also the watchdog's keep-alive
    else if (!m_last.isZero())
        m_target->stop();
    m_last = v;
    if (homePressed && !m_homeHeld && m_target->controller())
        m_target->controller()->goHome();
    m_homeHeld = homePressed;
}

} // namespace pantau::ptz
