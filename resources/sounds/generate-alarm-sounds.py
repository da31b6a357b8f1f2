#!/usr/bin/env python3
"""Writes Pantau's alarm tones (16 kHz, 16-bit mono WAV) from nothing but arithmetic.

alarm-high.wav:   three rising two-tone beeps (880/1320 Hz), 1.2 s: a high alarm (tamper, offline),
                  repeated by Pantau every 10 s until someone acknowledges it.
alarm-medium.wav: two soft 660 Hz beeps, 0.6 s: a medium alarm (motion in a watched zone), once.

Run from anywhere: python3 resources/sounds/generate-alarm-sounds.py. The output is deterministic.
Licence of the script and the WAV files: CC0 1.0 (public domain dedication), see README.md here.
"""
import math
import os
import struct
import wave

RATE = 16000


def tone(freq, seconds, volume):
    n = int(RATE * seconds)
    fade = int(RATE * 0.01)  # 10 ms in and out: no clicks
    out = []
    for i in range(n):
        env = min(1.0, i / fade, (n - 1 - i) / fade)
        out.append(volume * env * math.sin(2 * math.pi * freq * i / RATE))
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


high = []
for _ in range(3):
    high += tone(880, 0.15, 0.8) + tone(1320, 0.15, 0.8) + silence(0.1)
write("alarm-high.wav", high)
write("alarm-medium.wav", tone(660, 0.2, 0.5) + silence(0.1) + tone(660, 0.2, 0.5) + silence(0.1))
