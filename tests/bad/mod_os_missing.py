import os
os.stat('/nonexistent/leones/path')
