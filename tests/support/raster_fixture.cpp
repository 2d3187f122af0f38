#include "support/raster_fixture.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <stdexcept>
#include <vector>

namespace wm::test {

void writeRaster(const QString& path, int epsg, double left, double top, double pixel, int width,
                 int height, int bands, GDALDataType type,
                 const std::function<double(int, int, int)>& value, const QStringList& options,
                 const char* driver)
{
    GDALAllRegister();
    std::vector<QByteArray> optionBytes;
    for (const QString& o : options)
        optionBytes.push_back(o.toUtf8());
    std::vector<char*> optionPointers;
    for (QByteArray& o : optionBytes)
        optionPointers.push_back(o.data());
    optionPointers.push_back(nullptr);
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName(driver), path.toUtf8().constData(), width,
                                 height, bands, type, optionPointers.data());
    if (!ds)
        throw std::runtime_error("cannot create " + path.toStdString());
    double transform[6] = {left, pixel, 0, top, 0, -pixel};
    GDALSetGeoTransform(ds, transform);
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    GDALSetSpatialRef(ds, OGRSpatialReference::ToHandle(&srs));
    std::vector<double> row(std::size_t(width), 0.0);
    for (int b = 1; b <= bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x)
                row[std::size_t(x)] = value(b, x, y);
            if (GDALRasterIO(band, GF_Write, 0, y, width, 1, row.data(), width, 1, GDT_Float64, 0,
                             0) != CE_None)
                throw std::runtime_error("cannot write " + path.toStdString());
        }
    }
    GDALClose(ds);
}

void translateRaster(const QString& from, const QString& to, const QStringList& args)
{
    GDALAllRegister();
    std::vector<QByteArray> bytes;
    for (const QString& a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& a : bytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    GDALDatasetH source = GDALOpen(from.toUtf8().constData(), GA_ReadOnly);
    if (!source)
        throw std::runtime_error("cannot open " + from.toStdString());
    GDALTranslateOptions* options = GDALTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH out = GDALTranslate(to.toUtf8().constData(), source, options, nullptr);
    GDALTranslateOptionsFree(options);
    GDALClose(source);
    if (!out)
        throw std::runtime_error("cannot translate to " + to.toStdString());
    GDALClose(out);
}

class TileServer::Thread : public QThread {
public:
    Thread(TileServer* owner, std::function<QColor(int, int, int)> colourOf, TilePredicate missing)
        : mOwner(owner), mColourOf(std::move(colourOf)), mMissing(std::move(missing))
    {
    }
    QSemaphore ready;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        mOwner->mPort = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { answer(socket); });
            }
        });
        ready.release();
        exec();
    }

private:
    void answer(QTcpSocket* socket)
    {
        QByteArray& buffer = mBuffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return; // the request's headers are not all in yet
        const QByteArray request = mBuffers.take(socket);
        static const QRegularExpression path(QStringLiteral("^GET /(\\d+)/(\\d+)/(\\d+)\\.png"));
        const auto m = path.match(QString::fromLatin1(request));
        {
            std::lock_guard lock(mOwner->mMutex);
            mOwner->mTargets << QString::fromLatin1(request.left(request.indexOf('\r')))
                                    .section(QLatin1Char(' '), 1, 1);
        }
        ++mOwner->mRequests;
        QByteArray response;
        const QString tile =
            m.hasMatch()
                ? QStringLiteral("%1/%2/%3").arg(m.captured(1), m.captured(2), m.captured(3))
                : QString();
        if (tile.isEmpty() || (mMissing && mMissing(m.captured(1).toInt(), m.captured(2).toInt(),
                                                    m.captured(3).toInt()))) {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            QImage image(256, 256, QImage::Format_ARGB32);
            image.fill(
                mColourOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
            QByteArray png;
            QBuffer out(&png);
            out.open(QIODevice::WriteOnly);
            image.save(&out, "PNG");
            response = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                       QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" + png;
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    TileServer* mOwner;
    std::function<QColor(int, int, int)> mColourOf;
    TilePredicate mMissing;
    QHash<QTcpSocket*, QByteArray> mBuffers;
};

TileServer::TileServer(std::function<QColor(int, int, int)> colourOf, TilePredicate missing)
    : mThread(std::make_unique<Thread>(this, std::move(colourOf), std::move(missing)))
{
    mThread->start();
    mThread->ready.acquire();
}

TileServer::~TileServer()
{
    mThread->quit();
    mThread->wait();
}

QStringList TileServer::targets() const
{
    std::lock_guard lock(mMutex);
    return mTargets;
}

QString TileServer::urlTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(mPort);
}

} // namespace wm::test
