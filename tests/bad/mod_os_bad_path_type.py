import os
os.listdir(3.5)
