#include "core/Log.h"

Q_LOGGING_CATEGORY(lcMedia, "pantau.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSite, "pantau.site", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLayout, "pantau.layout", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "pantau.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "pantau.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pantau.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInventory, "pantau.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOnvif, "pantau.onvif", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "pantau.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPtz, "pantau.ptz", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHealth, "pantau.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "pantau.settings", QtInfoMsg)
